import type { Entity } from '@backstage/catalog-model';

/** A strategy revision as the entity declares it. */
export interface DeclaredRevision {
  date: string;
  trigger: string;
  summary: string;
}

/** The text of a Strategy entity, as far as it is well-formed. */
export interface StrategyText {
  thesis?: string;
  productFuture?: string;
  trajectory: string[];
  revisions: DeclaredRevision[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Reads the strategy's own text from its entity. The catalog module rejects
 * a Strategy that breaks the schema, but a page must not crash on one that
 * slipped through, so each field is taken only when it has the right shape.
 */
export function strategyText(entity: Entity): StrategyText {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const trajectory = Array.isArray(spec.trajectory) ? spec.trajectory : [];
  const revisions = Array.isArray(spec.revisions) ? spec.revisions : [];
  return {
    thesis: text(spec.thesis),
    productFuture: text(spec.productFuture),
    // A direction is a sentence, or an object whose `direction` is one.
    trajectory: trajectory
      .map(item =>
        typeof item === 'object' && item !== null
          ? text((item as Record<string, unknown>).direction)
          : text(item),
      )
      .filter((t): t is string => Boolean(t)),
    revisions: revisions.flatMap(r => {
      const item = (r ?? {}) as Record<string, unknown>;
      const date = text(item.date);
      return date
        ? [
            {
              date,
              trigger: text(item.trigger) ?? 'other',
              summary: text(item.summary) ?? '',
            },
          ]
        : [];
    }),
  };
}
