/**
 * Catalog backend module for Lodestar: validates the Strategy, Objective,
 * Principle and Campaign kinds, relates entities to the objectives they
 * support and enriches evaluated entities with their alignment.
 *
 * @packageDocumentation
 */

export { catalogModuleAlignment as default } from './module';
export * from './relations/relationTypes';
export * from './enrichment/constants';
