/* eslint-disable no-console -- a command-line benchmark: it prints its figures. */
/*
 * What campaigns cost an evaluation:
 *
 *   npm run bench:campaigns -w @lodestar/backstage-plugin-alignment-common -- --size=50000 --campaigns=10
 *
 * Evaluates the same synthetic catalog with and without N active campaigns
 * (scopes and checks varied across the built-in checks and the benchmark's
 * principles), alternating the two so that load on the shared machine hits
 * both alike, and reports the best of several passes of each.
 */
import type { Entity } from '@backstage/catalog-model';
import os from 'node:os';
import { AlignmentEngine, CatalogSnapshot } from '../src';
import {
  generateCatalog,
  syntheticCampaigns,
} from '@lodestar/synthetic-catalog';

const NOW = new Date('2026-06-01T00:00:00Z');
const TARGET_OVERHEAD = 0.05;

function option(name: string, fallback: number): number {
  const prefix = `--${name}=`;
  const value = process.argv.find(a => a.startsWith(prefix));
  return value ? Number(value.slice(prefix.length)) : fallback;
}

const SIZE = option('size', 50000);
const CAMPAIGNS = option('campaigns', 10);
const PASSES = option('passes', 5);

/** Snapshot, engine and every evaluation, as a run does them; ms and standings. */
function evaluateAll(entities: Entity[]) {
  const start = performance.now();
  const engine = AlignmentEngine.create({
    snapshot: CatalogSnapshot.of(entities, { complete: true }),
  });
  let standings = 0;
  for (const entity of entities) {
    if (!engine.evaluates(entity)) continue;
    standings += engine.evaluate(entity, { now: NOW }).campaigns?.length ?? 0;
  }
  return { ms: performance.now() - start, standings };
}

const catalog = generateCatalog(SIZE).entities;
const withCampaigns = [...catalog, ...syntheticCampaigns(CAMPAIGNS)];
evaluateAll(catalog);
evaluateAll(withCampaigns);
let without = Infinity;
let withThem = Infinity;
let standings = 0;
for (let pass = 0; pass < PASSES; pass++) {
  without = Math.min(without, evaluateAll(catalog).ms);
  const run = evaluateAll(withCampaigns);
  withThem = Math.min(withThem, run.ms);
  standings = run.standings;
}
const overhead = withThem / without - 1;
console.log(
  `${catalog.length.toLocaleString(
    'en-US',
  )} entities, ${CAMPAIGNS} active campaigns, ${standings.toLocaleString(
    'en-US',
  )} standings`,
);
console.log(`without campaigns: ${without.toFixed(0)} ms (best of ${PASSES})`);
console.log(`with campaigns:    ${withThem.toFixed(0)} ms (best of ${PASSES})`);
console.log(
  `overhead: ${(overhead * 100).toFixed(1)}% (target under ${
    TARGET_OVERHEAD * 100
  }%: ${overhead < TARGET_OVERHEAD ? 'PASS' : 'MISS'})`,
);
console.log(
  `load average ${os
    .loadavg()
    .map(l => l.toFixed(1))
    .join(' / ')}`,
);
