/**
 * Node.js library for the Lodestar alignment backend: the service other
 * backend plugins use to read alignment results, and the extension point
 * through which backend modules add fact providers.
 *
 * @packageDocumentation
 */

export * from './AlignmentClient';
export * from './alignmentServiceRef';
export * from './facts/factProviders';
export * from './enrichment/enrichmentKeys';
export * from './catalogChanges/entityContentHash';
export * from './catalogChanges/catalogEntityChanges';
