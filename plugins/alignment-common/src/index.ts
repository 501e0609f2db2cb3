/**
 * Strategy kinds, policy-as-code rules, scoring and drift classification for
 * Lodestar. Pure and isomorphic: no I/O, runs in the browser and in Node.
 *
 * @packageDocumentation
 */

export * from './kinds';
export * from './model';
export * from './rules';
export * from './evaluation';
export * from './permissions';
export * from './facts';
export * from './measures';
