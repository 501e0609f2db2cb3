/**
 * Label with the entity's alignment level from Lodestar's latest evaluation:
 * `aligned`, `at-risk` or `drifting`.
 * @public
 */
export const LABEL_ALIGNMENT_LEVEL = 'lodestar.dev/level';

/** Label with the entity's alignment score (0 to 100). @public */
export const LABEL_ALIGNMENT_SCORE = 'lodestar.dev/score';

/**
 * Annotation saying where the entity's owner comes from: `declared` (its own
 * `spec.owner`), `inherited` (from its System or Domain; the scorecard names
 * which) or `none`.
 * @public
 */
export const ANNOTATION_OWNER_SOURCE = 'lodestar.dev/owner-source';

/**
 * Annotation saying where the entity's objectives come from: `declared` (its
 * own `lodestar.dev/objectives`), `inherited` (it declares none and has a
 * System or Domain to inherit from; the scorecard names which) or `none`.
 * @public
 */
export const ANNOTATION_OBJECTIVES_SOURCE = 'lodestar.dev/objectives-source';

/**
 * Annotation holding a warning, when ownership enforcement is `warn` and the
 * entity's ownership checks fail: for example its owner does not resolve to
 * a group with members.
 * @public
 */
export const ANNOTATION_OWNERSHIP_WARNING = 'lodestar.dev/ownership-warning';

/**
 * The labels and annotations Lodestar's catalog module writes onto evaluated
 * entities. They follow from the evaluation, so they are not part of what
 * the evaluation reads: a change to them alone is not a change to evaluate.
 * @public
 */
export const LODESTAR_ENRICHMENT_KEYS: {
  readonly labels: readonly string[];
  readonly annotations: readonly string[];
} = {
  labels: [LABEL_ALIGNMENT_LEVEL, LABEL_ALIGNMENT_SCORE],
  annotations: [
    ANNOTATION_OWNER_SOURCE,
    ANNOTATION_OBJECTIVES_SOURCE,
    ANNOTATION_OWNERSHIP_WARNING,
  ],
};
