import type { Entity } from '@backstage/catalog-model';
import type {
  CheckStatus,
  EntityAlignment,
} from '@lodestar/backstage-plugin-alignment-common';
import { sha1 } from '../database/resultRows';
import type { StoredResult } from '../database/types';

const OWNER_CHECKS = [
  'ownership.declared',
  'ownership.resolves',
  'ownership.is-group',
  'ownership.has-members',
];
const INTENT_CHECKS = ['intent.declared', 'intent.active-objectives'];

/**
 * Entity text has no length limit in the catalog, but these columns do
 * (title 255, lifecycle 64): one long title must not fail a whole run.
 */
function clip(value: string | undefined, max: number): string | undefined {
  if (value === undefined || value.length <= max) return value;
  return `${value.slice(0, max - 1)}…`;
}

function settled(status: CheckStatus | undefined): boolean {
  return status === 'pass' || status === 'waived';
}

/** The columns and scorecard stored for one evaluated entity. */
export function toStoredResult(
  entity: Entity,
  result: EntityAlignment,
  evaluatedAt: string,
): StoredResult {
  const checkStatuses: Record<string, CheckStatus> = {};
  for (const pillar of result.pillars) {
    for (const check of pillar.checks) checkStatuses[check.id] = check.status;
  }
  const ids = Object.keys(checkStatuses).sort();
  let failingChecks = 0;
  let noDataChecks = 0;
  for (const id of ids) {
    if (checkStatuses[id] === 'fail') failingChecks += 1;
    else if (checkStatuses[id] === 'no-data') noDataChecks += 1;
  }
  const fingerprint = sha1(
    `${result.score}|${result.level}|${ids
      .map(id => `${id}=${checkStatuses[id]}`)
      .join(',')}`,
  );
  const spec = entity.spec as Record<string, unknown> | undefined;
  return {
    entityRef: result.entityRef,
    kind: entity.kind.toLowerCase(),
    title: clip(entity.metadata.title, 255),
    owner: result.owner,
    system: result.system,
    domain: result.domain,
    lifecycle:
      typeof spec?.lifecycle === 'string'
        ? clip(spec.lifecycle, 64)
        : undefined,
    score: result.score,
    level: result.level,
    signals: result.signals.map(s => s.type),
    needsRevalidation: result.needsRevalidation,
    validOwner: OWNER_CHECKS.every(id => settled(checkStatuses[id])),
    servesActive: INTENT_CHECKS.every(id => settled(checkStatuses[id])),
    objectiveRefs: result.objectives.map(o => o.ref),
    checkStatuses,
    ...(result.campaigns && result.campaigns.length > 0
      ? { campaigns: result.campaigns }
      : {}),
    failingChecks,
    noDataChecks,
    fingerprint,
    scorecard: { ...result, evaluatedAt },
    evaluatedAt,
  };
}
