import { compileRule, interpretRuleForTesting } from './compileRule';
import { BAIL, compileToClosure } from './closureCompiler';
import { routeMatchesThroughRe2 } from './matchesThroughRe2';
import { createRuleEnvironment, RuleContext } from './ruleEnvironment';
import { outcome, ruleContext } from './__testUtils__/ruleTestContext';

/*
 * The shapes the closure compiler specialises (see closurePaths.ts,
 * closureOperators.ts, closureConjunctions.ts), each over values of every
 * type where the rule expects one: the specialised closures must give the
 * interpreter's answer or hand the entity to it, never another answer.
 */

const RULES = [
  // has() guards whose value the rest of the chain reads
  'has(entity.spec.providesApis) && size(entity.spec.providesApis) > 0',
  'has(entity.metadata.description) && size(entity.metadata.description) >= 3',
  "has(entity.metadata.annotations) && 'a/b' in entity.metadata.annotations",
  "has(entity.metadata.annotations) && 'a/b' in entity.metadata.annotations && entity.metadata.annotations['a/b'].startsWith('x')",
  "has(entity.metadata.annotations) && entity.metadata.annotations['a/b'] >= 'm'",
  "has(entity.metadata.labels) && has(entity.metadata.labels.region) && entity.metadata.labels.region.startsWith('us-')",
  "has(entity.metadata.links) && entity.metadata.links.exists(l, has(l.title) && l.title == 'Runbook')",
  "has(entity.metadata.links) && entity.metadata.links.exists(l, l.url.contains('/successor'))",
  "has(entity.spec.dependsOn) && entity.spec.dependsOn.all(d, d.startsWith('resource:') || d.endsWith('-db'))",
  "has(entity.metadata.tags) && entity.metadata.tags.exists(t, t in ['java', 'go'])",
  "has(entity.metadata.tags) && 'pci' in entity.metadata.tags",
  "has(entity.spec.owner) && !entity.spec.owner.startsWith('user:')",
  "has(entity.spec.owner) && entity.spec.owner == 'team-a'",
  'has(entity.spec.owner) && entity.spec.owner != null',
  'has(entity.spec.replicas) && entity.spec.replicas < 3 && entity.spec.replicas >= 1.5',
  'has(entity.spec.flag) && entity.spec.flag == true',
  // a macro variable named like the guarded variable is another binding
  "has(entity.metadata.tags) && entity.metadata.tags.exists(entity, entity == 'java')",
  'has(entity.metadata.tags) && [entity.metadata].exists(entity, has(entity.tags))',
  // the guard as the last operand, and nested in other operators
  "entity.spec.type == 'service' && has(entity.spec.owner)",
  "!(has(entity.spec.owner) && entity.spec.owner == 'team-a') || has(entity.spec.type)",
  "(has(entity.spec.owner) ? entity.spec.owner : 'none') == 'team-a'",
  // constants on either side, equality with null
  "'service' == entity.spec.type",
  'entity.spec.owner == null || entity.spec.owner != null',
  "size(entity.metadata.name) <= 6 && entity.metadata.name.matches('^[a-z]+$')",
  "objectives.exists(o, o.spec.status == 'active')",
  "size(objectives) > 0 && objectives.all(o, o.spec.status != 'retired')",
];

const VALUES: unknown[] = [
  undefined,
  null,
  'x',
  'team-a',
  'user:bob',
  'ünï',
  '😀',
  0,
  2,
  1.5,
  Number.NaN,
  BigInt(2),
  true,
  [],
  ['java', 'pci'],
  ['resource:db', 'orders-db', 3],
  [{ title: 'Runbook', url: 'https://x/successor' }, { url: 'y' }],
  [{ title: 3 }, null],
  {},
  { 'a/b': 'xyz', region: 'us-east-1' },
  { 'a/b': 3, region: null },
  new Date('2026-01-01T00:00:00Z'),
];

function entityWith(seed: number): unknown {
  const pick = (offset: number) =>
    VALUES[(seed * 7 + offset * 13) % VALUES.length];
  const metadata: Record<string, unknown> = { name: pick(1) ?? 'billing' };
  const spec: Record<string, unknown> = {};
  const fields: Array<[Record<string, unknown>, string, number]> = [
    [metadata, 'description', 2],
    [metadata, 'annotations', 3],
    [metadata, 'labels', 4],
    [metadata, 'links', 5],
    [metadata, 'tags', 6],
    [spec, 'providesApis', 7],
    [spec, 'dependsOn', 8],
    [spec, 'owner', 9],
    [spec, 'replicas', 10],
    [spec, 'flag', 11],
    [spec, 'type', 12],
  ];
  for (const [target, key, offset] of fields) {
    const value = pick(offset);
    if (value !== undefined) target[key] = value;
  }
  return { kind: 'Component', metadata, spec };
}

const contexts: RuleContext[] = Array.from({ length: 300 }, (_, i) =>
  ruleContext(entityWith(i), {
    objectives:
      i % 3 === 0
        ? []
        : [{ spec: { status: i % 2 ? 'active' : 'retired' } }, { spec: {} }],
  }),
);

describe('specialised closures', () => {
  const env = createRuleEnvironment();

  it.each(RULES)('agree with the interpreter: %s', source => {
    const parsed = env.parse(
      routeMatchesThroughRe2(source, env.parse(source).ast) ?? source,
    );
    const closure = compileToClosure(parsed.ast);
    expect(closure).toBeDefined();
    const rule = compileRule(source);
    if (!rule.ok) throw new Error(rule.error);
    let answered = 0;
    for (const context of contexts) {
      const vars = context as unknown as Record<string, unknown>;
      const reference = outcome(() => parsed(vars));
      try {
        const fast = closure!(vars);
        answered += 1;
        expect({ source, context, fast }).toEqual({
          source,
          context,
          fast: 'value' in reference ? reference.value : 'an error',
        });
      } catch (error) {
        if (error !== BAIL) throw error;
      }
      expect(outcome(() => rule.evaluate(context))).toEqual(
        outcome(() => interpretRuleForTesting(source, context)),
      );
    }
    expect(answered).toBeGreaterThan(0);
  });
});
