import type { EntityRow } from '@lodestar/backstage-plugin-alignment-common';
import type { ResultSummary } from '../database/types';

/**
 * A row of the entity list: the stored result's columns and its score
 * change over 30 days (`null` when there is no score from then).
 */
export function entityRow(
  result: ResultSummary,
  delta30d: number | null,
): EntityRow {
  return {
    entityRef: result.entityRef,
    title: result.title,
    kind: result.kind,
    owner: result.owner,
    system: result.system,
    domain: result.domain,
    lifecycle: result.lifecycle,
    score: result.score,
    level: result.level,
    delta30d,
    signals: result.signals,
    needsRevalidation: result.needsRevalidation,
    evaluatedAt: result.evaluatedAt,
  };
}
