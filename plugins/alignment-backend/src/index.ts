/**
 * The Lodestar alignment backend: evaluates the catalog against the strategy,
 * stores results and history, and serves them under `/api/alignment`.
 *
 * @packageDocumentation
 */

export { alignmentPlugin as default } from './plugin';
