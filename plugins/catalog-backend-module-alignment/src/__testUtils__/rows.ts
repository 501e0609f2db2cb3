import type { EntityRow } from '@lodestar/backstage-plugin-alignment-common';

/** A `GET /entities` row for tests; only what the cache reads matters. */
export function row(
  entityRef: string,
  extra: Partial<EntityRow> = {},
): EntityRow {
  return {
    entityRef,
    kind: entityRef.slice(0, entityRef.indexOf(':')),
    owner: 'group:default/payments',
    score: 87,
    level: 'at-risk',
    delta30d: null,
    signals: [],
    needsRevalidation: false,
    failingChecks: 0,
    noDataChecks: 0,
    evaluatedAt: '2026-06-01T00:00:00.000Z',
    ...extra,
  };
}
