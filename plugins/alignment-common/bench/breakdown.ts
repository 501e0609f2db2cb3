/*
 * Where the full engine's time goes, from a CPU profile of one full run
 * (snapshot, engine, evaluate every entity) taken in-process with
 * node:inspector — the same profile `node --cpu-prof` writes, saved next to
 * the report so it can be opened in Chrome DevTools.
 *
 * Timing phases in separate loops would misattribute garbage collection
 * (a third of the run at 100k) and break the engine's own call pattern;
 * attributing profile samples to the functions on their stacks does not.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Phase {
  name: string;
  ms: number;
  /** Share of the evaluate() samples, for phases inside it. */
  ofEvaluate?: number;
  note?: string;
}

interface Frame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: Frame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface Bucket {
  name: string;
  match: (frame: Frame) => boolean;
  /** Only samples that also sit inside this bucket count. */
  within?: string;
  /** Samples inside this bucket do not count. */
  without?: string;
  note?: string;
}

const fn =
  (name: string, file?: string) =>
  (f: Frame): boolean =>
    f.functionName === name && (!file || f.url.endsWith(file));
const file =
  (...files: string[]) =>
  (f: Frame): boolean =>
    files.some(x => f.url.endsWith(x));

const EVALUATE = 'evaluate()';
const BUCKETS: Bucket[] = [
  {
    name: 'snapshot build (CatalogSnapshot.of)',
    match: fn('of', 'CatalogSnapshot.ts'),
  },
  {
    name: 'engine create (validate + compile principles)',
    match: fn('create', 'AlignmentEngine.ts'),
  },
  { name: 'engine.evaluates() kind filter', match: fn('evaluates') },
  { name: EVALUATE, match: fn('evaluate', 'AlignmentEngine.ts') },
  {
    name: '  entity context (createEntityContext)',
    match: fn('createEntityContext'),
    within: EVALUATE,
  },
  {
    name: '    lineageOf (parents, what they pass down)',
    match: fn('lineageOf'),
    within: EVALUATE,
    note: 'built once per system or domain ref, shared',
  },
  {
    name: '    declaredOwnerRef',
    match: fn('declaredOwnerRef'),
    within: EVALUATE,
  },
  {
    name: '    declaredObjectives',
    match: fn('declaredObjectives'),
    within: EVALUATE,
    note: 'resolved once per distinct annotation',
  },
  {
    name: '  ownership checks',
    match: fn('ownershipChecks'),
    within: EVALUATE,
  },
  { name: '  intent checks', match: fn('intentChecks'), within: EVALUATE },
  {
    name: '    activeObjectiveNames → snapshot.ofKind(objective)',
    match: fn('activeObjectiveNames'),
    within: EVALUATE,
    note: 'once per snapshot (memo)',
  },
  {
    name: '    reviewedCheck',
    match: fn('reviewedCheck'),
    within: EVALUATE,
  },
  {
    name: '  servedObjectives (result and intent checks)',
    match: fn('servedObjectives'),
    within: EVALUATE,
    note: 'computed once per entity, for both',
  },
  {
    name: '  principle checks',
    match: fn('principleChecks'),
    within: EVALUATE,
  },
  {
    name: '    appliesTo matchers',
    match: file('evaluation/appliesTo.ts'),
    within: '  principle checks',
  },
  {
    name: '    rule evaluation (compiled closures)',
    match: file(
      'rules/compileRule.ts',
      'rules/closureCompiler.ts',
      'rules/closureConjunctions.ts',
      'rules/closureMacros.ts',
      'rules/closureOperators.ts',
      'rules/closurePaths.ts',
      'rules/closureValues.ts',
      'rules/inputBounds.ts',
      'rules/ruleCost.ts',
    ),
    within: '  principle checks',
  },
  {
    name: '      input bounds for the cost budget',
    match: fn('inputBounds'),
    within: '  principle checks',
    note: 'walks each entity once',
  },
  {
    name: '    check result objects',
    match: fn('result', 'principleChecks.ts'),
    within: '  principle checks',
  },
  {
    name: '  scoring, level, drift signals',
    match: f =>
      ['scoreGroups', 'scoreChecks', 'levelFor', 'driftSignals'].includes(
        f.functionName,
      ),
    within: EVALUATE,
  },
  {
    name: 'across phases: normalizeRef (parseEntityRef)',
    match: fn('normalizeRef'),
    note: 'inclusive, wherever called',
  },
  {
    name: 'across phases: refOf',
    match: fn('refOf'),
    note: 'inclusive, wherever called',
  },
  {
    name: 'across phases: snapshot.ofKind',
    match: fn('ofKind'),
    note: 'inclusive, wherever called',
  },
  {
    name: '(garbage collector)',
    match: fn('(garbage collector)'),
    note: 'not attributed to a phase by the profiler',
  },
];

function attribute(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes)
    for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  const matchesOf = new Map<number, Set<string>>();
  const matched = (id: number): Set<string> => {
    let set = matchesOf.get(id);
    if (set) return set;
    set = new Set();
    for (let cur: number | undefined = id; cur !== undefined; ) {
      const frame = byId.get(cur)!.callFrame;
      for (const b of BUCKETS) if (b.match(frame)) set.add(b.name);
      cur = parent.get(cur);
    }
    matchesOf.set(id, set);
    return set;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const set = matched(profile.samples[i]);
    totals.set('(all samples)', (totals.get('(all samples)') ?? 0) + dt);
    for (const b of BUCKETS) {
      if (!set.has(b.name)) continue;
      if (b.within && !set.has(b.within)) continue;
      if (b.without && set.has(b.without)) continue;
      totals.set(b.name, (totals.get(b.name) ?? 0) + dt);
    }
  }
  return totals;
}

/**
 * Runs `work` under the CPU profiler and attributes the samples to the
 * engine's phases. Returns the phases and the path of the saved profile.
 */
export async function profileBreakdown(
  work: () => void,
  label: string,
): Promise<{ phases: Phase[]; profilePath: string; wallMs: number }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const start = performance.now();
  work();
  const wallMs = performance.now() - start;
  const { profile } = (await session.post('Profiler.stop')) as unknown as {
    profile: Profile;
  };
  session.disconnect();

  const profilePath = join(tmpdir(), `lodestar-bench-${label}.cpuprofile`);
  writeFileSync(profilePath, JSON.stringify(profile));

  const totals = attribute(profile);
  const evaluateMs = totals.get(EVALUATE) ?? 0;
  const phases: Phase[] = BUCKETS.map(b => ({
    name: b.name,
    ms: totals.get(b.name) ?? 0,
    ofEvaluate:
      b.within === EVALUATE || b.name === EVALUATE || b.within?.startsWith('  ')
        ? (totals.get(b.name) ?? 0) / evaluateMs
        : undefined,
    note: b.note,
  }));
  // evaluate()'s own code: check arrays, spreads, the result object, waivers.
  const children = BUCKETS.filter(
    b =>
      b.within === EVALUATE &&
      b.name.startsWith('  ') &&
      !b.name.startsWith('    '),
  ).reduce((sum, b) => sum + (totals.get(b.name) ?? 0), 0);
  const rest = Math.max(0, evaluateMs - children);
  phases.splice(
    phases.findIndex(p => p.name.startsWith('across')),
    0,
    {
      name: '  rest of evaluate() (result assembly, refOf, spreads)',
      ms: rest,
      ofEvaluate: rest / evaluateMs,
    },
  );
  return { phases, profilePath, wallMs };
}
