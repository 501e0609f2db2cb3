import type { Severity } from '../kinds/types';
import type { Pillar } from '../model/results';

/** Static description of a built-in check. @public */
export interface CheckDefinition {
  /** Stable id, `<pillar>.<check>`, e.g. `ownership.on-call`; waivers name checks by it. */
  id: string;
  /** The pillar the check counts in. */
  pillar: Pillar;
  /** What the check expects, for display, e.g. `Owner declared`. */
  title: string;
  /** Sets the check's weight in the score; a failing `critical` check caps the level. */
  severity: Severity;
  /** Why the check matters, shown with its result. */
  rationale: string;
}

function define(
  id: string,
  pillar: Pillar,
  severity: Severity,
  title: string,
  rationale: string,
): CheckDefinition {
  // Typed as the interface, not inferred: an inferred union of severities
  // is printed in whatever order the compiler met its members, which made
  // the API report differ between machines.
  return { id, pillar, severity, title, rationale };
}

/**
 * The built-in checks, by stable id. Principle checks are added per
 * Principle entity, with the principle's entity ref as id (see
 * {@link principleCheckId}).
 * @public
 */
export const CHECKS = {
  ownerDeclared: define(
    'ownership.declared',
    'ownership',
    'critical',
    'Owner declared',
    'Without an owner nobody is accountable for fixing, changing or retiring the entity.',
  ),
  ownerResolves: define(
    'ownership.resolves',
    'ownership',
    'high',
    'Owner exists in the catalog',
    'An owner that is not in the catalog is an owner nobody can reach: the team was renamed, merged or never registered.',
  ),
  ownerIsGroup: define(
    'ownership.is-group',
    'ownership',
    'high',
    'Owned by a team, not a person',
    'People change roles and leave; a team outlives them. Ownership by a person is a single point of failure.',
  ),
  ownerHasMembers: define(
    'ownership.has-members',
    'ownership',
    'high',
    'Owning team has members',
    'A team without members exists only on paper; its entities have no one behind them.',
  ),
  ownerConsistentWithSystem: define(
    'ownership.consistent-with-system',
    'ownership',
    'medium',
    "Owner matches the system's owner",
    'When parts of a system are owned by different teams than the system, decisions about the system fall between them.',
  ),
  onCall: define(
    'ownership.on-call',
    'ownership',
    'high',
    'Production service has an on-call path',
    'When a production service fails at night, the escalation path must be known before the incident, not during it.',
  ),
  intentDeclared: define(
    'intent.declared',
    'intent',
    'high',
    'Serves at least one objective',
    'An entity that serves no objective is either undocumented strategy or work the strategy does not need.',
  ),
  intentActiveObjectives: define(
    'intent.active-objectives',
    'intent',
    'critical',
    'Serves only active objectives',
    'Serving a retired objective means investing in a strategy the company has left behind.',
  ),
  intentReviewed: define(
    'intent.reviewed-since-revision',
    'intent',
    'medium',
    'Reviewed since the latest strategy revision',
    'A technical vision has a half-life: after a material shift in strategy every owner must check their entities still fit.',
  ),
} as const;
