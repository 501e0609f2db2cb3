import { Environment } from '@marcbachmann/cel-js';
import type { FactValue } from '../facts/types';
import { RE2_MATCHES } from './matchesThroughRe2';
import { re2Matches } from './re2Patterns';

/**
 * The variables a principle's rule sees. `entity` is the entity as JSON;
 * `owner`, `system` and `domain` are the resolved entities or null;
 * `objectives` is the list of resolved Objective entities; `facts` maps
 * fact keys to the entity's fresh values; `now` is the evaluation time.
 * @public
 */
export const RULE_VARIABLES = [
  'entity',
  'owner',
  'system',
  'domain',
  'objectives',
  'facts',
  'now',
] as const;

/** The name of a variable rules can read, one of {@link RULE_VARIABLES}. @public */
export type RuleVariable = (typeof RULE_VARIABLES)[number];

/** Values of the rule variables for one entity. @public */
export interface RuleContext {
  /** The evaluated entity, as catalog JSON. */
  entity: unknown;
  /**
   * The owning group's entity, declared or inherited; null when there is no
   * owner or it is not a group in the catalog (users are not resolved).
   */
  owner: unknown;
  /**
   * The System entity the entity is part of; null when there is none or it is
   * not in the catalog.
   */
  system: unknown;
  /** The Domain entity it belongs to, directly or through its system; null when none is found. */
  domain: unknown;
  /**
   * The Objective entities it serves, declared or inherited, that are in
   * the catalog; each with `outcome`, where its measures stand:
   * `{ measured, status, measures: [{ id, status }] }` (see {@link ObjectiveOutcome}).
   */
  objectives: unknown[];
  /**
   * The entity's facts by key, pushed from CI/CD or other systems: only
   * values younger than their key's maximum age.
   */
  facts: Record<string, FactValue>;
  /** The evaluation time, a CEL timestamp. */
  now: Date;
}

/**
 * The CEL environment rules are checked and evaluated in. Unknown variables
 * are compile errors, and the parser's limits keep a hostile rule from
 * exhausting memory or the stack.
 */
export function createRuleEnvironment(): Environment {
  return new Environment({
    limits: {
      maxAstNodes: 5000,
      maxDepth: 100,
      maxListElements: 1000,
      maxMapEntries: 1000,
    },
  })
    .registerVariable('entity', 'map')
    .registerVariable('owner', 'dyn')
    .registerVariable('system', 'dyn')
    .registerVariable('domain', 'dyn')
    .registerVariable('objectives', 'list')
    .registerVariable('facts', 'map')
    .registerVariable('now', 'google.protobuf.Timestamp')
    .registerFunction(`string.${RE2_MATCHES}(string): bool`, re2Matches);
}
