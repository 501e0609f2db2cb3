/**
 * Catalog backend module for Lodestar: validates the Strategy, Objective and
 * Principle kinds and enriches entities with alignment data.
 *
 * @packageDocumentation
 */

export { catalogModuleAlignment as default } from './module';
