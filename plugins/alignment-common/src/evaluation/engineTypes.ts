import type { EntityFacts } from '../facts/types';
import type { CheckResult, EntityAlignment } from '../model/results';
import type { Waiver } from './waivers';

/** The compile status of a principle, as the API and catalog report it. @public */
export interface PrincipleCompileStatus {
  /** Canonical lowercase ref of the Principle entity. */
  ref: string;
  /** The principle's `metadata.name`; its check id is `ref` (see {@link principleCheckId}). */
  name: string;
  /** The principle's `metadata.title`, or its name when it has none. */
  title: string;
  /** The principle's `spec.severity`. */
  severity: string;
  /** False when the principle is `deprecated`, and so no longer checked. */
  active: boolean;
  /** True when the rule compiles. */
  compiled: boolean;
  /** The compiler's message, when the rule does not compile. */
  error?: string;
}

/** A draft principle's effect on one entity. @public */
export interface PrinciplePreviewResult {
  /** The draft's check on the entity. */
  check: CheckResult;
  /** The entity's owner, declared or inherited, if any. */
  owner?: string;
  /** The entity's score and level as the snapshot stands. */
  before: { score: number; level: EntityAlignment['level'] };
  /** The same with the draft added (or replacing the principle of its ref). */
  after: { score: number; level: EntityAlignment['level'] };
}

/** Options for one evaluation. @public */
export interface EvaluateOptions {
  /** Waivers recorded for this entity; expired ones are ignored. */
  waivers?: Waiver[];
  /** The evaluation time; defaults to now. */
  now?: Date;
  /** The entity's latest facts; rules reading a missing or stale one are `no-data`. */
  facts?: EntityFacts;
}
