import type {
  FactDefinition,
  FactObservation,
  FactValue,
} from '@lodestar/backstage-plugin-alignment-common';

/**
 * What is wrong with one entity's facts against the declared keys, naming
 * the key (prefixed with `where`, e.g. `items.3.`); undefined when they
 * are fine.
 */
export function factProblem(
  facts: Record<string, FactValue>,
  definitions: ReadonlyMap<string, FactDefinition>,
  where = '',
): string | undefined {
  for (const [key, value] of Object.entries(facts)) {
    const definition = definitions.get(key);
    if (!definition) {
      return `${where}facts.${key} is not a declared fact key; declared keys are ${[
        ...definitions.keys(),
      ].join(', ')} (declare more under lodestar.facts)`;
    }
    if (typeof value !== definition.type) {
      return `${where}facts.${key} must be a ${
        definition.type
      }, got ${typeof value} ${JSON.stringify(value)}`;
    }
  }
  return undefined;
}

/** The observations of checked pushes, dated `receivedAt` when they carry no time. */
export function observationsOf(
  items: ReadonlyArray<{
    entityRef: string;
    observedAt?: string;
    source: string;
    facts: Record<string, FactValue>;
  }>,
  receivedAt: string,
): FactObservation[] {
  return items.flatMap(item =>
    Object.entries(item.facts).map(([key, value]) => ({
      entityRef: item.entityRef,
      key,
      value,
      observedAt: item.observedAt ?? receivedAt,
      source: item.source,
    })),
  );
}
