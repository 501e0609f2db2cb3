/*
 * Side table for the choice of CEL library: the same rules over the same
 * rule contexts, evaluated by
 * - @marcbachmann/cel-js's own interpreter (parse once with an Environment
 *   registered like ours, evaluate per entity; none of our closures),
 * - @bufbuild/cel (parse and plan once, evaluate per entity),
 * - our compiled closures (compileRule, the engine's path),
 * with each library's unpacked install size read from node_modules.
 *
 * Every library's outcomes are compared with ours; a difference is printed.
 */
import { readdirSync, lstatSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { celEnv, parse as bufParse, plan } from '@bufbuild/cel';
import { compileRule, RuleContext } from '../src';
import { createRuleEnvironment } from '../src/rules/ruleEnvironment';
import { BENCH_PRINCIPLES } from '@lodestar/synthetic-catalog';
import { ERROR, FAIL, MISSING, PairIndex, PASS } from './jsonRulesEngine';

type Evaluate = (ctx: any) => unknown;

interface Library {
  name: string;
  /** The npm package, for the install size; none for ours. */
  pkg?: string;
  /** Compiles a rule, or returns why it cannot. */
  compile(source: string): Evaluate | string;
  /** What the library is handed per entity, prepared before timing. */
  bind(ctx: RuleContext): unknown;
}

const LIBRARIES: Library[] = [
  {
    name: 'ours: compiled closures (compileRule)',
    compile: source => {
      const rule = compileRule(source);
      return rule.ok ? ctx => rule.evaluate(ctx) : rule.error;
    },
    bind: ctx => ctx,
  },
  {
    name: '@marcbachmann/cel-js (interpreter)',
    pkg: '@marcbachmann/cel-js',
    compile: (() => {
      // The engine's own environment, evaluated by the interpreter alone.
      const env = createRuleEnvironment();
      return (source: string) => {
        try {
          return env.parse(source) as unknown as Evaluate;
        } catch (error) {
          return String((error as Error).message).split('\n')[0];
        }
      };
    })(),
    bind: ctx => ctx,
  },
  {
    name: '@bufbuild/cel',
    pkg: '@bufbuild/cel',
    compile: (() => {
      const env = celEnv();
      return (source: string) => {
        try {
          return plan(env, bufParse(source)) as unknown as Evaluate;
        } catch (error) {
          return String((error as Error).message).split('\n')[0];
        }
      };
    })(),
    // `now` is left out: no rule reads it, and a JS Date is not a CEL
    // input for @bufbuild/cel (it wants a protobuf Timestamp).
    bind: ctx => ({
      entity: ctx.entity,
      owner: ctx.owner,
      system: ctx.system,
      domain: ctx.domain,
      objectives: ctx.objectives,
    }),
  },
];

function outcomeOf(value: unknown): number {
  if (value === true) return PASS;
  if (value === false) return FAIL;
  return ERROR;
}

function evaluateAll(
  rules: (Evaluate | undefined)[],
  bound: unknown[],
  pairs: PairIndex,
  outcomes: Uint8Array,
): number {
  let checks = 0;
  for (let i = 0; i < bound.length; i++) {
    const list = pairs.applicable[i];
    const offset = pairs.offsets[i];
    const ctx = bound[i];
    for (let k = 0; k < list.length; k++) {
      const rule = rules[list[k]];
      if (!rule) continue;
      let value: unknown;
      try {
        value = rule(ctx);
      } catch (error) {
        value = error;
      }
      outcomes[offset + k] = outcomeOf(value);
      checks += 1;
    }
  }
  return checks;
}

// ------------------------------------------------------------ install size

function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function dirSize(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path)) {
    const full = join(path, entry);
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) continue;
    total += stat.isDirectory() ? dirSize(full) : stat.size;
  }
  return total;
}

/**
 * Unpacked size of a package, and of the package with everything it needs
 * at run time (dependencies and required peer dependencies, recursively).
 */
export function installSize(name: string): {
  own: number;
  withDeps: number;
  packages: string[];
} {
  const seen = new Map<string, string>();
  const visit = (pkg: string, from: string) => {
    const dir = packageDir(pkg, from);
    if (!dir || seen.has(dir)) return;
    seen.set(dir, pkg);
    const manifest = JSON.parse(
      readFileSync(join(dir, 'package.json'), 'utf8'),
    );
    const optionalPeers = manifest.peerDependenciesMeta ?? {};
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir);
    for (const dep of Object.keys(manifest.peerDependencies ?? {})) {
      if (!optionalPeers[dep]?.optional) visit(dep, dir);
    }
  };
  visit(name, __dirname);
  const dirs = [...seen.keys()];
  // A package's own directory includes its nested node_modules; count once.
  const own = dirs.length ? dirSize(dirs[0]) : 0;
  let withDeps = 0;
  for (const dir of dirs) {
    if (dirs.some(other => other !== dir && dir.startsWith(`${other}/`)))
      continue;
    withDeps += dirSize(dir);
  }
  return { own, withDeps, packages: [...seen.values()] };
}

// ------------------------------------------------------------ comparison

export interface LibraryRow {
  name: string;
  rulesUsed: number;
  checks: number;
  ms: number;
  checksPerSecond: number;
  mismatches: number;
  skipped: string[];
  installOwn?: number;
  installWithDeps?: number;
  installPackages?: string[];
}

/**
 * Times each library on the given contexts and pairs, best of `reps`
 * measured passes after one warm-up pass, and compares outcomes with ours.
 */
export function compareCelLibraries(
  contexts: RuleContext[],
  pairs: PairIndex,
  reps = 3,
): LibraryRow[] {
  const rows: LibraryRow[] = [];
  // LIBRARIES[0] is ours: its outcomes are the reference for the others.
  let reference: Uint8Array | undefined;
  for (const library of LIBRARIES) {
    const skipped: string[] = [];
    const rules = BENCH_PRINCIPLES.map(p => {
      const compiled = library.compile(p.rule);
      if (typeof compiled === 'string') {
        skipped.push(`${p.name}: ${compiled}`);
        return undefined;
      }
      return compiled;
    });
    const bound = contexts.map(ctx => library.bind(ctx));
    const outcomes = new Uint8Array(pairs.total).fill(MISSING);
    evaluateAll(rules, bound, pairs, outcomes); // warm-up
    let best = Infinity;
    let checks = 0;
    for (let r = 0; r < reps; r++) {
      const start = performance.now();
      checks = evaluateAll(rules, bound, pairs, outcomes);
      best = Math.min(best, performance.now() - start);
    }
    reference ??= outcomes;
    let mismatches = 0;
    for (let i = 0; i < pairs.total; i++) {
      if (outcomes[i] !== MISSING && outcomes[i] !== reference[i])
        mismatches += 1;
    }
    const size = library.pkg ? installSize(library.pkg) : undefined;
    rows.push({
      name: library.name,
      rulesUsed: rules.filter(Boolean).length,
      checks,
      ms: best,
      checksPerSecond: (checks / best) * 1000,
      mismatches,
      skipped,
      installOwn: size?.own,
      installWithDeps: size?.withDeps,
      installPackages: size?.packages,
    });
  }
  return rows;
}
