import type { Entity } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';
import { LODESTAR_ENRICHMENT_KEYS } from '../enrichment/enrichmentKeys';

function withoutKeys(
  values: Record<string, string> | undefined,
  keys: readonly string[],
): Record<string, string> | undefined {
  if (!values) return undefined;
  const kept = Object.fromEntries(
    Object.entries(values).filter(([key]) => !keys.includes(key)),
  );
  return Object.keys(kept).length > 0 ? kept : undefined;
}

// JSON with object keys sorted, so that the same content always hashes
// the same whatever order a processor or the database gave its keys.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const fields = Object.keys(value as object)
      .filter(key => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map(
        key =>
          `${JSON.stringify(key)}:${canonicalJson(
            (value as Record<string, unknown>)[key],
          )}`,
      );
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * A hash of what Lodestar's evaluation reads of an entity as its author
 * wrote it: `apiVersion`, `kind`, `metadata` and `spec`, without what the
 * catalog adds when it stores the entity (`uid`, `etag`, `generation`,
 * `relations`, `status`) and without Lodestar's own enrichment. The catalog
 * module hashes an entity as it processes it; the alignment backend hashes
 * the entity the catalog then serves, and the two agree once the catalog
 * has stored the change.
 * @public
 */
export function entityContentHash(entity: Entity): string {
  const { uid, etag, generation, labels, annotations, ...metadata } =
    entity.metadata as Entity['metadata'] & { generation?: number };
  const content = {
    apiVersion: entity.apiVersion,
    kind: entity.kind,
    metadata: {
      ...metadata,
      labels: withoutKeys(labels, LODESTAR_ENRICHMENT_KEYS.labels),
      annotations: withoutKeys(
        annotations,
        LODESTAR_ENRICHMENT_KEYS.annotations,
      ),
    },
    spec: entity.spec,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
