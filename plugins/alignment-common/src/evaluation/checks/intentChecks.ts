import type { Entity } from '@backstage/catalog-model';
import { normalizeRef, refOf } from '../../kinds/refs';
import {
  ANNOTATION_OBJECTIVES,
  ANNOTATION_REVIEWED_AT,
  StrategyRevision,
} from '../../kinds/types';
import type { CheckResult, ServedObjective } from '../../model/results';
import { CHECKS } from '../checkDefinitions';
import type { EntityContext } from '../EntityContext';
import { isCalendarDate } from '../../kinds/isCalendarDate';
import { makeCheck } from './makeCheck';

/**
 * The latest revision across the strategies, with the strategy it belongs to.
 * @public
 */
export interface LatestRevision extends StrategyRevision {
  /** Canonical lowercase ref of the Strategy entity that declares the revision. */
  strategyRef: string;
}

function objectivesSnippet(names: string[]): string {
  return `metadata:\n  annotations:\n    ${ANNOTATION_OBJECTIVES}: ${
    names.join(', ') || '<objective>'
  }\n`;
}

function shortName(ref: string): string {
  return ref.slice(ref.indexOf('/') + 1);
}

function objectiveStatus(objective: Entity): ServedObjective['status'] {
  const status = (objective.spec as Record<string, unknown> | undefined)
    ?.status;
  return status === 'active' || status === 'retired' || status === 'proposed'
    ? status
    : 'unknown';
}

function successorOf(objective: Entity): string | undefined {
  const successor = (objective.spec as Record<string, unknown> | undefined)
    ?.successor;
  if (typeof successor !== 'string') return undefined;
  return normalizeRef(successor, {
    defaultKind: 'objective',
    defaultNamespace: objective.metadata.namespace,
  });
}

/** The objectives the entity serves, resolved, for display. */
export function servedObjectives(context: EntityContext): ServedObjective[] {
  const { objectiveRefs, snapshot } = context;
  return objectiveRefs.value.map(ref => {
    const objective = snapshot.get(ref);
    const served: ServedObjective = {
      ref,
      status: objective ? objectiveStatus(objective) : 'unknown',
    };
    if (objective?.metadata.title) served.title = objective.metadata.title;
    const successor = objective && successorOf(objective);
    if (successor) served.successor = successor;
    if (objectiveRefs.inheritedFrom)
      served.inheritedFrom = objectiveRefs.inheritedFrom;
    return served;
  });
}

function activeObjectiveNames(context: EntityContext): string[] {
  return context.snapshot.memo('active-objective-names', () =>
    context.snapshot
      .ofKind('objective')
      .filter(o => objectiveStatus(o) === 'active')
      .map(o => shortName(refOf(o))),
  );
}

/**
 * The strategic intent pillar: serves an objective, every objective served
 * is active, and the owner reviewed the entity since the latest revision.
 */
export function intentChecks(
  context: EntityContext,
  latestRevision?: LatestRevision,
  served: ServedObjective[] = servedObjectives(context),
): CheckResult[] {
  const inheritedFrom = context.objectiveRefs.inheritedFrom;
  const results: CheckResult[] = [];

  if (served.length === 0) {
    results.push(
      makeCheck(
        CHECKS.intentDeclared,
        'fail',
        'Serves no objective, and inherits none from its system or domain.',
        {
          remediation: {
            text: 'Declare the objectives this entity serves, or retire it if it serves none.',
            yaml: objectivesSnippet(activeObjectiveNames(context).slice(0, 2)),
          },
        },
      ),
    );
    results.push(
      makeCheck(
        CHECKS.intentActiveObjectives,
        'not-applicable',
        'No objectives to check.',
      ),
    );
  } else {
    const names = served.map(o => shortName(o.ref)).join(', ');
    results.push(
      makeCheck(CHECKS.intentDeclared, 'pass', `Serves ${names}.`, {
        inheritedFrom,
      }),
    );
    results.push(activeObjectivesCheck(context, served));
  }

  results.push(reviewedCheck(context, latestRevision));
  return results;
}

function activeObjectivesCheck(
  context: EntityContext,
  served: ServedObjective[],
): CheckResult {
  const inheritedFrom = context.objectiveRefs.inheritedFrom;
  const problems: string[] = [];
  const replacements: string[] = [];
  let unresolved = 0;
  for (const objective of served) {
    const name = shortName(objective.ref);
    switch (objective.status) {
      case 'active':
        replacements.push(name);
        break;
      case 'retired':
        problems.push(
          objective.successor
            ? `${name} is retired; its successor is ${shortName(
                objective.successor,
              )}`
            : `${name} is retired and has no successor`,
        );
        if (objective.successor)
          replacements.push(shortName(objective.successor));
        break;
      case 'proposed':
        problems.push(`${name} is only proposed, not active`);
        break;
      default:
        if (context.snapshot.complete) {
          problems.push(`${name} does not exist in the catalog`);
        } else {
          unresolved += 1;
        }
    }
  }
  if (problems.length > 0) {
    const unique = [...new Set(replacements)];
    return makeCheck(
      CHECKS.intentActiveObjectives,
      'fail',
      `${problems.join('; ')}.`,
      {
        inheritedFrom,
        remediation: {
          text: inheritedFrom
            ? `Update the objectives of ${inheritedFrom}, or declare this entity's own.`
            : 'Serve active objectives instead.',
          yaml: objectivesSnippet(
            unique.length > 0
              ? unique
              : activeObjectiveNames(context).slice(0, 2),
          ),
        },
      },
    );
  }
  if (unresolved === served.length) {
    return makeCheck(
      CHECKS.intentActiveObjectives,
      'not-applicable',
      'None of the objectives served are among the files checked.',
      {
        inheritedFrom,
      },
    );
  }
  return makeCheck(
    CHECKS.intentActiveObjectives,
    'pass',
    'Every objective served is active.',
    { inheritedFrom },
  );
}

/** The first sentence of a revision summary, cut at a word if it is long. */
function headline(summary: string): string {
  const sentence = summary
    .trim()
    .split(/(?<=\.)\s/)[0]
    .replace(/\.$/, '');
  if (sentence.length <= 90) return sentence;
  return `${sentence.slice(0, 90).replace(/\s+\S*$/, '')}…`;
}

// Described once per revision and per evaluation time, not once per entity:
// every entity of a run shares both.
let revisionDescription:
  | { revision: StrategyRevision; text: string }
  | undefined;
let reviewSnippet: { time: number; yaml: string } | undefined;

function describeRevision(revision: LatestRevision): string {
  const known = revisionDescription?.revision;
  if (
    known?.date !== revision.date ||
    known.trigger !== revision.trigger ||
    known.summary !== revision.summary
  ) {
    revisionDescription = {
      revision: { ...revision },
      text: `the ${revision.date} revision (${revision.trigger}: ${headline(
        revision.summary,
      )})`,
    };
  }
  return revisionDescription!.text;
}

function reviewRemediation(now: Date) {
  const time = now.getTime();
  if (reviewSnippet?.time !== time) {
    reviewSnippet = {
      time,
      yaml: `metadata:\n  annotations:\n    ${ANNOTATION_REVIEWED_AT}: "${now
        .toISOString()
        .slice(0, 10)}"\n`,
    };
  }
  return {
    text: 'Review the entity against the current strategy with its owner, then record the date.',
    yaml: reviewSnippet.yaml,
  };
}

function reviewedCheck(
  context: EntityContext,
  latestRevision?: LatestRevision,
): CheckResult {
  if (!latestRevision) {
    return makeCheck(
      CHECKS.intentReviewed,
      'not-applicable',
      'The strategy has no dated revisions.',
    );
  }
  const reviewedAt =
    context.entity.metadata.annotations?.[ANNOTATION_REVIEWED_AT];
  if (!reviewedAt) {
    return makeCheck(
      CHECKS.intentReviewed,
      'fail',
      `Never reviewed; needs a review since ${describeRevision(
        latestRevision,
      )}.`,
      { remediation: reviewRemediation(context.now) },
    );
  }
  if (!isCalendarDate(reviewedAt.trim())) {
    return makeCheck(
      CHECKS.intentReviewed,
      'fail',
      `${ANNOTATION_REVIEWED_AT} "${reviewedAt}" is not an ISO date (YYYY-MM-DD).`,
      { remediation: reviewRemediation(context.now) },
    );
  }
  return reviewedAt.trim() >= latestRevision.date
    ? makeCheck(
        CHECKS.intentReviewed,
        'pass',
        `Reviewed on ${reviewedAt.trim()}, after ${latestRevision.date}.`,
      )
    : makeCheck(
        CHECKS.intentReviewed,
        'fail',
        `Last reviewed on ${reviewedAt.trim()}, before ${describeRevision(
          latestRevision,
        )}.`,
        { remediation: reviewRemediation(context.now) },
      );
}
