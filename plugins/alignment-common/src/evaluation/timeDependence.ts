import type { EntityFacts, FactDefinition } from '../facts/types';
import type { PreparedPrinciple } from './principles';
import { isWaiverActive, Waiver } from './waivers';

/**
 * What one entity was evaluated with, besides itself, the snapshot and the
 * time.
 * @public
 */
export interface EvaluationInputs {
  /** The entity's latest facts, as given to `evaluate`. */
  facts?: EntityFacts;
  /** The entity's waivers, as given to `evaluate`. */
  waivers?: readonly Waiver[];
}

/** Whether any principle's rule reads `now`, and so the exact time. */
export function rulesReadTheTime(
  principles: readonly PreparedPrinciple[],
): boolean {
  return principles.some(p => p.rule.ok && p.rule.variables.has('now'));
}

/**
 * Whether an entity's result, evaluated earlier on the same UTC day from
 * the same inputs, still holds at `now`.
 *
 * The checks read the time in four ways. Reviews, strategy revisions and
 * principles' start dates go by the UTC day, hence the same day. A waiver
 * stops applying at its expiry: one that still applies now applied
 * earlier too. A fact grows stale: one that is fresh now was fresh earlier,
 * while a stale one's message says how old it is, which moves by the hour.
 * And a rule that reads `now` may give another answer at any moment.
 */
export function holdsLaterTheSameDay(
  inputs: EvaluationInputs,
  facts: readonly FactDefinition[],
  readsTheTime: boolean,
  now: Date,
): boolean {
  if (readsTheTime) return false;
  if (inputs.waivers?.some(w => !isWaiverActive(w, now))) return false;
  if (!inputs.facts || inputs.facts.size === 0) return true;
  const time = now.getTime();
  for (const [key, fact] of inputs.facts) {
    const definition = facts.find(d => d.key === key);
    if (definition && time - Date.parse(fact.observedAt) > definition.maxAgeMs)
      return false;
  }
  return true;
}
