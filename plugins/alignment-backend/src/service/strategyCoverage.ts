/**
 * How well the catalog covers the strategy: which entities serve each
 * objective, and how each principle is written and how often it passes.
 * These join catalog entities (read with the caller's credentials, so the
 * catalog's permissions apply) to stored results, which sets them apart from
 * the overview's pure aggregation; they live here so the query class only
 * routes to them.
 */
import { storedPrincipleCounts } from './principleCounts';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  compileRule,
  isLodestarEntity,
  normalizeRef,
  ObjectiveEntity,
  ObjectivesResponse,
  PrincipleEntity,
  PrincipleSummary,
  principleCheckId,
  refOf,
  validateLodestarEntity,
} from '@lodestar/backstage-plugin-alignment-common';
import type { RunStats } from '../database/types';
import { passRate } from './overviewFigures';

// Lists of refs are cut here so that a broad objective cannot make the
// response unbounded; the counts stay exact.
const MAX_REFS = 100;

type ServingEntities = { refs: string[]; scoreSum: number };

/** The evaluated entities serving each objective ref, with their score sum. */
function servingByObjective(
  links: Array<{ entityRef: string; objectiveRefs: string[]; score: number }>,
): Map<string, ServingEntities> {
  const serving = new Map<string, ServingEntities>();
  for (const link of links) {
    for (const ref of link.objectiveRefs) {
      const entry = serving.get(ref) ?? { refs: [], scoreSum: 0 };
      entry.refs.push(link.entityRef);
      entry.scoreSum += link.score;
      serving.set(ref, entry);
    }
  }
  return serving;
}

/** What coverage needs of an evaluated entity. */
export type ObjectiveLink = {
  entityRef: string;
  objectiveRefs: string[];
  score: number;
};

/**
 * Each objective the caller may see with the entities serving it, plus
 * those serving retired or no objectives.
 *
 * @param links - the evaluated entities the caller may see
 */
export async function objectiveCoverage(
  links: ObjectiveLink[],
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<ObjectivesResponse> {
  const { items } = await catalog.getEntities(
    { filter: { kind: 'Objective' } },
    { credentials },
  );
  const objectives = items.filter(isLodestarEntity) as ObjectiveEntity[];
  const serving = servingByObjective(links);
  const statusOf = new Map(objectives.map(o => [refOf(o), o.spec.status]));
  const retiredRefs = links
    .filter(l => l.objectiveRefs.some(ref => statusOf.get(ref) === 'retired'))
    .map(l => l.entityRef);
  const noneRefs = links
    .filter(l => l.objectiveRefs.length === 0)
    .map(l => l.entityRef);
  return {
    objectives: objectives
      .map(o => {
        const ref = refOf(o);
        const entry = serving.get(ref);
        return {
          entityRef: ref,
          title: o.metadata.title ?? o.metadata.name,
          status: o.spec.status,
          owner:
            normalizeRef(o.spec.owner, {
              defaultKind: 'group',
              defaultNamespace: o.metadata.namespace,
            }) ?? o.spec.owner,
          horizon: o.spec.horizon,
          strategy:
            normalizeRef(o.spec.strategy, {
              defaultKind: 'strategy',
              defaultNamespace: o.metadata.namespace,
            }) ?? o.spec.strategy,
          successor: o.spec.successor
            ? normalizeRef(o.spec.successor, {
                defaultKind: 'objective',
                defaultNamespace: o.metadata.namespace,
              })
            : undefined,
          supportingCount: entry?.refs.length ?? 0,
          meanScore: entry
            ? Math.round(entry.scoreSum / entry.refs.length)
            : null,
          supportingRefs: (entry?.refs ?? []).slice(0, MAX_REFS),
        };
      })
      .sort(
        (a, b) =>
          a.status.localeCompare(b.status) ||
          a.entityRef.localeCompare(b.entityRef),
      ),
    servingRetired: {
      count: retiredRefs.length,
      entityRefs: retiredRefs.slice(0, MAX_REFS),
    },
    servingNone: {
      count: noneRefs.length,
      entityRefs: noneRefs.slice(0, MAX_REFS),
    },
  };
}

/**
 * Every principle the caller may see with its validity, compile status and
 * pass rate in the published run.
 *
 * @param statusCounts - check statuses per principle check id, over the
 *   entities the caller may see
 */
export async function principleSummaries(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  statusCounts: RunStats['principles'],
): Promise<{ items: PrincipleSummary[] }> {
  const { items } = await catalog.getEntities(
    { filter: { kind: 'Principle' } },
    { credentials },
  );
  return {
    items: items
      .filter(isLodestarEntity)
      .map(entity => {
        const principle = entity as PrincipleEntity;
        const problems = validateLodestarEntity(principle);
        const compiled =
          typeof principle.spec.rule === 'string'
            ? compileRule(principle.spec.rule)
            : undefined;
        const counts = storedPrincipleCounts(
          statusCounts[principleCheckId(refOf(principle))],
        );
        return {
          entityRef: stringifyEntityRef(principle),
          name: principle.metadata.name,
          title: principle.metadata.title ?? principle.metadata.name,
          severity: principle.spec.severity,
          status: principle.spec.status ?? 'active',
          valid: problems.length === 0,
          problems: problems.map(p => `${p.path}: ${p.message}`),
          compiled: Boolean(compiled?.ok),
          compileError: compiled && !compiled.ok ? compiled.error : undefined,
          passRate: passRate(counts.pass + counts.waived, counts.fail),
          failingCount: counts.fail,
          errorCount: counts.error,
          ...counts,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
