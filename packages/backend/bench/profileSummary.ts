/*
 * Summarises a CPU profile written by a benchmarked backend (run the
 * benchmark with LODESTAR_PROFILE_DIR set):
 *
 *   node -r @backstage/cli/config/nodeTransform.cjs bench/profileSummary.ts <file.cpuprofile> [--top=25]
 *
 * Prints where the process's time went: idle (waiting for the database or
 * the network), garbage collection, and the functions and packages that
 * spent the rest, both by their own time and including what they called.
 */
import { readFileSync } from 'node:fs';
import { flags, printTable } from './lib/report';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a script lives, shortened to its package or workspace path. */
function place(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = path.slice(inModules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const workspace = path.match(/\/(plugins|packages)\/([^/]+)\//);
  if (workspace) return `${workspace[1]}/${workspace[2]}`;
  return path.startsWith('node:') ? 'node' : path || '(native)';
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

function main() {
  const args = process.argv.slice(2);
  const file = args.find(a => !a.startsWith('--'));
  if (!file) throw new Error('Pass a .cpuprofile file');
  const top = Number(
    flags(args.filter(a => a.startsWith('--'))).get('top') ?? 25,
  );
  const profile: Profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map<number, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    totalUs += us;
    self.set(id, (self.get(id) ?? 0) + us);
  });

  const selfByLabel = new Map<string, number>();
  const selfByPlace = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    selfByLabel.set(label(node), (selfByLabel.get(label(node)) ?? 0) + us);
    const where = place(node.callFrame.url);
    selfByPlace.set(where, (selfByPlace.get(where) ?? 0) + us);
    // Each function on the stack counts once, however often it recurs.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; ) {
      const name = label(byId.get(at)!);
      if (!seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + us);
      }
      at = parent.get(at);
    }
  }

  const ms = (us: number) => (us / 1000).toFixed(0);
  const share = (us: number) => `${((100 * us) / totalUs).toFixed(1)}%`;
  const ranked = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => [name, ms(us), share(us)]);

  console.log(`Profile of ${ms(totalUs)} ms\n`);
  printTable(['package or place', 'self ms', 'share'], ranked(selfByPlace));
  console.log();
  printTable(['function', 'self ms', 'share'], ranked(selfByLabel));
  console.log();
  printTable(['function', 'total ms', 'share'], ranked(inclusive));
}

main();
