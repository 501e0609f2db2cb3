import {
  AlignmentConfig,
  DeliveryFigure,
  DORA_BANDS,
  DoraBand,
  doraBandOf,
  EntityFacts,
} from '@lodestar/backstage-plugin-alignment-common';

/** The value at quantile `q` of sorted values, interpolated; null when empty. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const value =
    sorted[below] + (sorted[above] - sorted[below]) * (position - below);
  return Math.round(value * 100) / 100;
}

/**
 * The DORA keys across a set of entities: how many report each, the
 * median and quartiles of their fresh values, and how many fall in each
 * band. Stale values are left out, as rules leave them out.
 */
export function deliveryFigures(
  entityRefs: readonly string[],
  facts: ReadonlyMap<string, EntityFacts>,
  config: AlignmentConfig,
  now: Date,
): DeliveryFigure[] {
  return config.facts
    .filter(d => d.dora)
    .map(definition => {
      const values: number[] = [];
      const bands = Object.fromEntries(DORA_BANDS.map(b => [b, 0])) as Record<
        DoraBand,
        number
      >;
      for (const ref of entityRefs) {
        const fact = facts.get(ref)?.get(definition.key);
        if (!fact || typeof fact.value !== 'number') continue;
        if (now.getTime() - Date.parse(fact.observedAt) > definition.maxAgeMs)
          continue;
        values.push(fact.value);
        bands[doraBandOf(fact.value, definition.dora!)] += 1;
      }
      values.sort((a, b) => a - b);
      const median = quantile(values, 0.5);
      const figure: DeliveryFigure = {
        key: definition.key,
        entities: values.length,
        median,
        p25: quantile(values, 0.25),
        p75: quantile(values, 0.75),
        bands,
      };
      if (definition.unit) figure.unit = definition.unit;
      if (median !== null) figure.band = doraBandOf(median, definition.dora!);
      return figure;
    });
}
