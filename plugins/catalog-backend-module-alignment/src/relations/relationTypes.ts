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
