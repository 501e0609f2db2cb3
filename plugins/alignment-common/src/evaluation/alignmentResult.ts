import type {
  CheckResult,
  EntityAlignment,
  Pillar,
  ServedObjective,
} from '../model/results';
import { PILLARS } from '../model/results';
import { CHECKS } from './checkDefinitions';
import type { AlignmentConfig } from './config';
import { driftSignals } from './drift';
import type { EntityContext } from './EntityContext';
import { scoreGroups } from './scoring';

/** An entity's checks, by pillar. */
export type ChecksByPillar = Record<Pillar, CheckResult[]>;

/** Every check of the entity, in pillar order. */
export function allChecks(byPillar: ChecksByPillar): CheckResult[] {
  return byPillar.ownership.concat(byPillar.intent, byPillar.principles);
}

/**
 * The result the engine returns for one entity: scores and level from its
 * checks, drift signals, and what it resolved (objectives, system, domain,
 * owner).
 */
export function alignmentResult(
  context: EntityContext,
  byPillar: ChecksByPillar,
  objectives: ServedObjective[],
  config: AlignmentConfig,
): EntityAlignment {
  const groups = PILLARS.map(id => byPillar[id]);
  const { scores, score, level } = scoreGroups(
    groups,
    config.weights,
    config.levelThresholds,
  );
  const result: EntityAlignment = {
    entityRef: context.ref,
    score,
    level,
    objectives,
    pillars: PILLARS.map((id, i) => ({
      id,
      score: scores[i],
      checks: groups[i],
    })),
    signals: driftSignals(allChecks(byPillar)),
    needsRevalidation: byPillar.intent.some(
      c => c.id === CHECKS.intentReviewed.id && c.status === 'fail',
    ),
  };
  if (context.systemRef) result.system = context.systemRef;
  if (context.domainRef) result.domain = context.domainRef;
  if (context.owner) {
    result.owner = context.owner.value;
    if (context.owner.inheritedFrom)
      result.ownerInheritedFrom = context.owner.inheritedFrom;
  }
  return result;
}
