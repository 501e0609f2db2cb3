import { compileRule, RuleEvaluationError } from './compileRule';
import { compiledRule, ruleContext } from './__testUtils__/ruleTestContext';

const context = ruleContext;
const compiled = compiledRule;

// 40 a's and a character that defeats the match: a backtracking engine tries
// every split of the a's between the two alternatives, 2^40 of them.
const HOSTILE_TEXT = `${'a'.repeat(40)}!`;
const entity = { metadata: { name: HOSTILE_TEXT, region: 'eu-us-east-1' } };

describe('matches in rules', () => {
  it('matches anywhere in the text, as CEL specifies', () => {
    const rule = compiled('entity.metadata.region.matches("us-")');
    expect(rule.compiledToClosures).toBe(true);
    expect(rule.evaluate(context(entity))).toBe(true);
    expect(
      compiled('entity.metadata.region.matches("^us-")').evaluate(
        context(entity),
      ),
    ).toBe(false);
  });

  it('runs a catastrophic-backtracking pattern in linear time in closures', () => {
    const rule = compiled('entity.metadata.name.matches("^(a|aa)+$")');
    expect(rule.compiledToClosures).toBe(true);
    const started = Date.now();
    expect(rule.evaluate(context(entity))).toBe(false);
    // JavaScript's RegExp takes tens of seconds on this input.
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('runs it in linear time in the interpreter too', () => {
    // Arithmetic keeps the rule out of the closure compiler.
    const rule = compiled(
      'size(entity.metadata.name) + 1 > 0 && entity.metadata.name.matches("^(a|aa)+$")',
    );
    expect(rule.compiledToClosures).toBe(false);
    const started = Date.now();
    expect(rule.evaluate(context(entity))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('runs it in linear time when the pattern comes from the entity', () => {
    const rule = compiled('entity.metadata.name.matches(entity.spec.pattern)');
    const hostile = { ...entity, spec: { pattern: '^(a|aa)+$' } };
    const started = Date.now();
    expect(rule.evaluate(context(hostile))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('rejects at compile time a pattern that RE2 cannot express', () => {
    const backreference = compileRule(
      'entity.metadata.name.matches("(a)\\\\1")',
    );
    expect(backreference).toMatchObject({ ok: false });
    expect(!backreference.ok && backreference.error).toMatch(
      /matches\(.*\) is not an RE2 pattern: invalid escape sequence/,
    );
    const lookahead = compileRule('entity.metadata.name.matches("a(?=b)")');
    expect(!lookahead.ok && lookahead.error).toMatch(
      /is not an RE2 pattern: invalid or unsupported Perl syntax/,
    );
  });

  it('reports a pattern from the entity that RE2 rejects as a rule error', () => {
    const rule = compiled('entity.metadata.name.matches(entity.spec.pattern)');
    expect(() =>
      rule.evaluate(context({ ...entity, spec: { pattern: '(a)\\1' } })),
    ).toThrow(RuleEvaluationError);
    expect(() =>
      rule.evaluate(context({ ...entity, spec: { pattern: '(a)\\1' } })),
    ).toThrow(/is not an RE2 pattern/);
  });

  it('keeps matches inside string literals and comprehensions intact', () => {
    const rule = compiled(
      '"x.matches(y)" != entity.metadata.region && [entity.metadata.region].exists(s, s.matches("matches|us-"))',
    );
    expect(rule.evaluate(context(entity))).toBe(true);
    expect(
      compiled('"a.matches(b)".matches("s\\\\(b")').evaluate(context(entity)),
    ).toBe(true);
  });
});
