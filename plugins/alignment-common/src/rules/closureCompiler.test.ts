import { compileRule, interpretRuleForTesting } from './compileRule';
import { BAIL, compileToClosure } from './closureCompiler';
import { routeMatchesThroughRe2 } from './matchesThroughRe2';
import { createRuleEnvironment, RuleContext } from './ruleEnvironment';
import { outcome } from './__testUtils__/ruleTestContext';

/** Small seeded PRNG (mulberry32) so a failure reproduces. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261121);
const pick = <T>(items: readonly T[]): T =>
  items[Math.floor(next() * items.length)];
const maybe = (p: number) => next() < p;

const TYPES = ['service', 'website', 'library', 'database'];
const LIFECYCLES = ['production', 'experimental', 'deprecated'];
const TAGS = ['java', 'go', 'backend', 'frontend', 'pci', 'legacy', 'ünïcode'];
const ANNOTATIONS = [
  'pagerduty.com/service-id',
  'backstage.io/techdocs-ref',
  'lodestar.dev/tier',
];

function generateEntity(): unknown {
  const spec: Record<string, unknown> = {};
  if (maybe(0.9)) spec.type = pick(TYPES);
  if (maybe(0.9)) spec.lifecycle = pick(LIFECYCLES);
  if (maybe(0.6)) spec.providesApis = TAGS.filter(() => maybe(0.3));
  if (maybe(0.5))
    spec.dependsOn = ['resource:event-bus', 'resource:default/db'].filter(() =>
      maybe(0.5),
    );
  if (maybe(0.5)) spec.replicas = pick([0, 1, 2, 3.5, 10]);
  if (maybe(0.2)) spec.system = null;
  if (maybe(0.1)) spec.type = 3;
  const metadata: Record<string, unknown> = {
    name: pick(['billing', 'auth', 'zeta', 'Ärger']),
  };
  if (maybe(0.8)) metadata.tags = TAGS.filter(() => maybe(0.3));
  if (maybe(0.7)) {
    metadata.annotations = Object.fromEntries(
      ANNOTATIONS.filter(() => maybe(0.5)).map(k => [k, pick(['x', '1', ''])]),
    );
  }
  return { kind: 'Component', metadata, spec };
}

function generateContext(): RuleContext {
  return {
    entity: generateEntity(),
    owner: maybe(0.7)
      ? {
          kind: 'Group',
          spec: maybe(0.8) ? { type: pick(['team', 'org']) } : {},
        }
      : null,
    system: maybe(0.5)
      ? {
          spec: {
            owner: 'team-a',
            domain: maybe(0.5) ? 'payments' : undefined,
          },
        }
      : null,
    domain: null,
    objectives: Array.from({ length: Math.floor(next() * 3) }, () => ({
      spec: { status: pick(['active', 'retired', 'proposed']) },
    })),
    facts: maybe(0.5) ? { deploymentFrequencyPerWeek: next() * 10 } : {},
    now: new Date('2026-06-01T00:00:00Z'),
  };
}

const ATOMS = [
  () =>
    `has(entity.spec.${pick(['type', 'providesApis', 'system', 'replicas'])})`,
  () => `entity.spec.type == '${pick(TYPES)}'`,
  () => `entity.spec.lifecycle != '${pick(LIFECYCLES)}'`,
  () =>
    `size(entity.metadata.tags) ${pick(['>', '>=', '<', '=='])} ${pick([
      0, 1, 2,
    ])}`,
  () => `'${pick(ANNOTATIONS)}' in entity.metadata.annotations`,
  () =>
    `entity.metadata.annotations['${pick(ANNOTATIONS)}'] == '${pick([
      'x',
      '1',
    ])}'`,
  () =>
    `entity.metadata.tags.exists(t, t.startsWith('${pick(['j', 'b', 'ü'])}'))`,
  () => `entity.metadata.tags.all(t, t.size() > ${pick([1, 3, 5])})`,
  () =>
    `entity.spec.dependsOn.exists(d, d == 'resource:event-bus' || d.endsWith('/db'))`,
  () => `entity.spec.providesApis.exists_one(a, a.contains('a'))`,
  () => `size(entity.spec.providesApis.filter(a, a.matches('^[a-j]'))) > 0`,
  () =>
    `entity.spec.replicas ${pick(['>=', '<', '=='])} ${pick([
      '2',
      '3.5',
      '0',
    ])}`,
  () => `owner != null && owner.spec.type == 'team'`,
  () => `owner == null`,
  () => `system != null && has(system.spec.domain)`,
  () => `objectives.all(o, o.spec.status != 'retired')`,
  () => `objectives.exists(o, o.spec.status == 'active')`,
  () => `entity.metadata.name ${pick(['<', '>='])} 'm'`,
  () => `entity.spec.type in ['service', 'website']`,
  () => `entity.spec.lifecycle in entity.metadata.tags`,
  () => `entity.spec.type.startsWith('s')`,
  () => `(has(entity.spec.system) ? entity.spec.system == null : true)`,
  () => `size(entity.metadata.name) == ${pick([4, 5])}`,
  () => `entity.metadata.tags.map(t, size(t)).exists(n, n > 4)`,
];

function generateRule(depth: number): string {
  if (depth === 0 || maybe(0.35)) return pick(ATOMS)();
  switch (pick(['&&', '||', '!', '?:'] as const)) {
    case '!':
      return `!(${generateRule(depth - 1)})`;
    case '?:':
      return `(${generateRule(depth - 1)} ? ${generateRule(
        depth - 1,
      )} : ${generateRule(depth - 1)})`;
    default:
      return `(${generateRule(depth - 1)} ${pick(['&&', '||'])} ${generateRule(
        depth - 1,
      )})`;
  }
}

describe('closure compiler', () => {
  it('agrees with the CEL interpreter wherever it answers', () => {
    const env = createRuleEnvironment();
    const contexts = Array.from({ length: 60 }, generateContext);
    let answered = 0;
    let total = 0;
    for (let i = 0; i < 400; i++) {
      const source = generateRule(3);
      // Both sides match with RE2, as compileRule arranges.
      const parsed = env.parse(
        routeMatchesThroughRe2(source, env.parse(source).ast) ?? source,
      );
      const closure = compileToClosure(parsed.ast);
      expect({ source, compiled: Boolean(closure) }).toEqual({
        source,
        compiled: true,
      });
      for (const context of contexts) {
        total += 1;
        const vars = context as unknown as Record<string, unknown>;
        let fast: unknown;
        try {
          fast = closure!(vars);
        } catch (error) {
          if (error !== BAIL) throw error;
          continue;
        }
        answered += 1;
        const reference = outcome(() => parsed(vars));
        if (!('value' in reference) || reference.value !== fast) {
          throw new Error(
            `closure and interpreter disagree on ${source}\nentity: ${JSON.stringify(
              context,
            )}\nclosure: ${String(fast)} interpreter: ${JSON.stringify(
              reference,
            )}`,
          );
        }
      }
    }
    // Closures must carry the bulk of the work, or they are pointless.
    expect(answered / total).toBeGreaterThan(0.6);
  });

  it('gives compileRule the same outcome as the interpreter on every case', () => {
    const contexts = Array.from({ length: 30 }, generateContext);
    for (let i = 0; i < 150; i++) {
      const source = generateRule(3);
      const rule = compileRule(source);
      if (!rule.ok) throw new Error(`${source}: ${rule.error}`);
      for (const context of contexts) {
        const ours = outcome(() => rule.evaluate(context));
        const reference = outcome(() =>
          interpretRuleForTesting(source, context),
        );
        expect({ source, outcome: ours }).toEqual({
          source,
          outcome: reference,
        });
      }
    }
  });
});
