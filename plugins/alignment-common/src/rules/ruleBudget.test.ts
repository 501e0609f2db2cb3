import { compileRule, RuleEvaluationError } from './compileRule';
import { compiledRule, ruleContext } from './__testUtils__/ruleTestContext';

const context = ruleContext;
const compiled = compiledRule;

const DIGITS = '[0,1,2,3,4,5,6,7,8,9]';
function nested(depth: number, body: string): string {
  const names = 'abcdefghij'.slice(0, depth).split('');
  return names.reduceRight(
    (inner, name) => `${DIGITS}.all(${name}, ${inner})`,
    body,
  );
}

const service = {
  metadata: {
    name: 'billing',
    tags: ['backend', 'java', 'payments'],
    description: 'x'.repeat(200_000),
  },
  spec: { dependsOn: ['resource:db', 'component:ledger'] },
};

describe('rule budgets', () => {
  it('stops eight nested loops before they run, in closures', () => {
    const rule = compiled(nested(8, 'a >= 0'));
    expect(rule.compiledToClosures).toBe(true);
    const started = Date.now();
    expect(() => rule.evaluate(context(service))).toThrow(
      new RuleEvaluationError(
        'exceeded its budget of 10000 comprehension iterations: its loops could run 111111110 times on this entity',
      ),
    );
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('stops them in the interpreter too', () => {
    const rule = compiled(nested(8, 'a + b + c + d + e + f + g + h >= 0'));
    expect(rule.compiledToClosures).toBe(false);
    expect(() => rule.evaluate(context(service))).toThrow(
      /exceeded its budget of 10000 comprehension iterations/,
    );
  });

  it('lets loops over an entity of ordinary size run', () => {
    const rule = compiled(
      'entity.metadata.tags.all(t, size(t) > 1) && entity.spec.dependsOn.exists(d, entity.metadata.tags.exists(t, d.contains(t) || d.startsWith("resource:")))',
    );
    expect(
      rule.evaluate(
        context({
          ...service,
          metadata: { ...service.metadata, description: '' },
        }),
      ),
    ).toBe(true);
  });

  it('stops concatenation that would build too much', () => {
    const rule = compiled(
      'entity.metadata.tags.map(t, entity.metadata.description + entity.metadata.description).exists(s, size(s) == 0)',
    );
    expect(() => rule.evaluate(context(service))).toThrow(
      /exceeded its budget of 1000000 characters and list elements built: its concatenations could build \d+ on this entity/,
    );
  });

  it('takes a budget of the caller’s', () => {
    const rule = compiled(nested(2, 'a >= b || a < b'));
    expect(rule.evaluate(context(service))).toBe(true);
    expect(() =>
      rule.evaluate(context(service), { maxIterations: 50, maxBuiltSize: 10 }),
    ).toThrow(/exceeded its budget of 50 comprehension iterations/);
  });

  it('rejects a rule over the length limit at compile time', () => {
    const long = `entity.metadata.name == "${'x'.repeat(4000)}"`;
    expect(compileRule(long)).toMatchObject({
      ok: false,
      error: `the rule is ${long.length} characters long, over the limit of 4000`,
    });
  });

  it('rejects a rule nested past the limit at compile time', () => {
    const deep = `${'('.repeat(120)}true${')'.repeat(120)}`;
    expect(compileRule(deep)).toMatchObject({
      ok: false,
      error: 'Exceeded maxDepth (100)',
    });
  });
});
