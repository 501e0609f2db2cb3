/**
 * Node.js library for the Lodestar alignment backend: the service other
 * backend plugins use to read alignment results.
 *
 * @packageDocumentation
 */

export * from './AlignmentClient';
export * from './alignmentServiceRef';
