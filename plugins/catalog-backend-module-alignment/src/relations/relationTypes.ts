/**
 * An entity supports an Objective it declares in its
 * `lodestar.dev/objectives` annotation. Reverse of
 * {@link RELATION_SUPPORTED_BY}.
 *
 * These belong next to the kinds in `@lodestar/backstage-plugin-alignment-common`;
 * they live here until they move there.
 * @public
 */
export const RELATION_SUPPORTS = 'supports';

/**
 * An Objective is supported by the entities that declare it. Reverse of
 * {@link RELATION_SUPPORTS}.
 * @public
 */
export const RELATION_SUPPORTED_BY = 'supportedBy';

/**
 * A Campaign targets each Principle among its `spec.checks`: it asks the
 * entities in its scope to comply with it. Reverse of
 * {@link RELATION_TARGETED_BY}.
 * @public
 */
export const RELATION_TARGETS = 'targets';

/**
 * A Principle is targeted by the Campaigns that list it among their checks.
 * Reverse of {@link RELATION_TARGETS}.
 * @public
 */
export const RELATION_TARGETED_BY = 'targetedBy';
