/*
 * The same principles run through json-rules-engine, the engine behind
 * Backstage Tech Insights, to put our figures in context. Two set-ups:
 *
 * - `reused` (the figure the target is judged on): one Engine per distinct
 *   set of applicable principles, built before timing and reused for every
 *   entity with that set, so each entity costs one `engine.run` over only
 *   the rules that apply to it. This is json-rules-engine at its best, so
 *   the speed-up we report against it is a lower bound.
 * - `per-entity`: a new Engine per entity with its rules added, as Tech
 *   Insights' JsonRulesEngineFactChecker.runChecks does (minus its database
 *   reads), to show what Tech Insights itself would cost.
 *
 * In both, facts are flattened before timing starts (flattenFacts), as
 * Tech Insights' fact retrievers do ahead of its checks, and entities run
 * one after the other, awaiting each run, as a single evaluation loop would.
 */
import { Engine } from 'json-rules-engine';
import {
  BENCH_PRINCIPLES,
  CUSTOM_OPERATORS,
  FlatFacts,
} from '@lodestar/synthetic-catalog';

/** Outcome codes shared by every evaluator in the benchmark. */
export const FAIL = 0;
export const PASS = 1;
export const ERROR = 2;
export const MISSING = 3;

/** The (entity, principle) pairs to evaluate, as flat arrays. */
export interface PairIndex {
  /** Applicable principle indexes (into BENCH_PRINCIPLES) per entity. */
  applicable: number[][];
  /** Start of each entity's pairs in an outcome array. */
  offsets: Int32Array;
  /** Number of pairs. */
  total: number;
}

export interface JsonRulesEngineRun {
  /** Time spent in engine.run for every entity. */
  ms: number;
  /** Time spent building the engines (not part of `ms`). */
  setupMs: number;
  engines: number;
  checks: number;
  outcomes: Uint8Array;
}

function createEngine(principles: number[]): Engine {
  const engine = new Engine(
    principles.map((index, position) => ({
      // The rule name is its position in the entity's applicable list, so a
      // result maps straight back to its slot in the outcome array.
      name: String(position),
      conditions: BENCH_PRINCIPLES[index].conditions,
      event: { type: BENCH_PRINCIPLES[index].name },
    })),
    { allowUndefinedFacts: true },
  );
  for (const [name, evaluate] of Object.entries(CUSTOM_OPERATORS)) {
    engine.addOperator(name, evaluate);
  }
  return engine;
}

/** Runs every applicable principle on every entity's facts. */
export async function runJsonRulesEngine(
  facts: FlatFacts[],
  pairs: PairIndex,
  mode: 'reused' | 'per-entity' = 'reused',
): Promise<JsonRulesEngineRun> {
  if (mode === 'per-entity') return runEnginePerEntity(facts, pairs);
  const setupStart = performance.now();
  const engines = new Map<string, Engine>();
  const engineOf: Engine[] = new Array(facts.length);
  for (let i = 0; i < facts.length; i++) {
    const key = pairs.applicable[i].join(',');
    let engine = engines.get(key);
    if (!engine) {
      engine = createEngine(pairs.applicable[i]);
      engines.set(key, engine);
    }
    engineOf[i] = engine;
  }
  const setupMs = performance.now() - setupStart;

  const outcomes = new Uint8Array(pairs.total).fill(MISSING);
  const start = performance.now();
  for (let i = 0; i < facts.length; i++) {
    if (pairs.applicable[i].length === 0) continue;
    const { results, failureResults } = await engineOf[i].run(
      facts[i] as unknown as Record<string, unknown>,
    );
    const offset = pairs.offsets[i];
    for (const r of results) outcomes[offset + Number(r.name)] = PASS;
    for (const r of failureResults) outcomes[offset + Number(r.name)] = FAIL;
  }
  const ms = performance.now() - start;
  return { ms, setupMs, engines: engines.size, checks: pairs.total, outcomes };
}

async function runEnginePerEntity(
  facts: FlatFacts[],
  pairs: PairIndex,
): Promise<JsonRulesEngineRun> {
  const outcomes = new Uint8Array(pairs.total).fill(MISSING);
  const start = performance.now();
  for (let i = 0; i < facts.length; i++) {
    if (pairs.applicable[i].length === 0) continue;
    const { results, failureResults } = await createEngine(
      pairs.applicable[i],
    ).run(facts[i] as unknown as Record<string, unknown>);
    const offset = pairs.offsets[i];
    for (const r of results) outcomes[offset + Number(r.name)] = PASS;
    for (const r of failureResults) outcomes[offset + Number(r.name)] = FAIL;
  }
  const ms = performance.now() - start;
  return {
    ms,
    setupMs: 0,
    engines: facts.length,
    checks: pairs.total,
    outcomes,
  };
}
