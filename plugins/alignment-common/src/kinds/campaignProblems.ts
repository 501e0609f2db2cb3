import { CHECKS } from '../evaluation/checkDefinitions';
import { PRINCIPLE_CHECK_PREFIX } from '../model/checkIds';
import { normalizeRef } from './refs';
import type { ValidationProblem } from './validationProblem';

const BUILT_IN_CHECK_IDS: ReadonlySet<string> = new Set(
  Object.values(CHECKS).map(c => c.id),
);

/**
 * The check id a campaign's `checks` entry names: a built-in check id as
 * written, or a Principle ref in any of Backstage's forms, made canonical
 * (`principle:default/docs-as-code`). Undefined when it names neither.
 * @public
 */
export function campaignCheckId(entry: string): string | undefined {
  const trimmed = entry.trim();
  if (BUILT_IN_CHECK_IDS.has(trimmed)) return trimmed;
  if (!trimmed.toLocaleLowerCase('en-US').startsWith(PRINCIPLE_CHECK_PREFIX))
    return undefined;
  const ref = normalizeRef(trimmed, { defaultKind: 'principle' });
  return ref?.startsWith(PRINCIPLE_CHECK_PREFIX) ? ref : undefined;
}

/**
 * What a schema cannot say about a Campaign: it needs at least one check,
 * each a built-in check id or a Principle ref; the deadline is not before
 * the start; and it names the strategy or the revision it answers.
 */
export function campaignProblems(spec: unknown): ValidationProblem[] {
  if (!spec || typeof spec !== 'object') return [];
  const { checks, startsAt, deadline, strategy, revision } = spec as Record<
    string,
    unknown
  >;
  const problems: ValidationProblem[] = [];
  if (Array.isArray(checks)) {
    if (checks.length === 0) {
      problems.push({
        path: 'spec.checks',
        message: 'must list at least one check',
      });
    }
    checks.forEach((entry, i) => {
      if (
        typeof entry === 'string' &&
        entry.trim() &&
        !campaignCheckId(entry)
      ) {
        problems.push({
          path: `spec.checks[${i}]`,
          message: `must be a check id (${[...BUILT_IN_CHECK_IDS].join(
            ', ',
          )}) or a Principle ref such as "principle:default/docs-as-code", got "${entry}"`,
        });
      }
    });
  }
  if (
    typeof startsAt === 'string' &&
    typeof deadline === 'string' &&
    deadline < startsAt
  ) {
    problems.push({
      path: 'spec.deadline',
      message: `must not be before spec.startsAt (${startsAt}), got "${deadline}"`,
    });
  }
  if (strategy === undefined && revision === undefined) {
    problems.push({
      path: 'spec',
      message:
        'must name the strategy or the revision the campaign answers (spec.strategy, spec.revision)',
    });
  }
  return problems;
}
