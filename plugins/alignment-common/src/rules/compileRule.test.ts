import { compileRule, RuleEvaluationError } from './compileRule';
import { ruleContext } from './__testUtils__/ruleTestContext';

const context = ruleContext;

const service = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'billing',
    tags: ['backend', 'java'],
    annotations: { 'pagerduty.com/service-id': 'P123' },
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    providesApis: ['billing-api'],
  },
};

describe('compileRule', () => {
  it('compiles the documented example and evaluates it per entity', () => {
    const rule = compileRule(
      'has(entity.spec.providesApis) && size(entity.spec.providesApis) > 0',
    );
    if (!rule.ok) throw new Error(rule.error);
    expect(rule.compiledToClosures).toBe(true);
    expect(rule.evaluate(context(service))).toBe(true);
    expect(
      rule.evaluate(context({ ...service, spec: { type: 'service' } })),
    ).toBe(false);
  });

  it('returns the same compiled rule for the same text', () => {
    expect(compileRule("entity.spec.type == 'service'")).toBe(
      compileRule("entity.spec.type == 'service'"),
    );
  });

  it.each([
    ['has(entity.spec.owner) &&', /Unexpected token/],
    ['unknown.field == 1', /Unknown variable: unknown/],
    ['size(entity.spec.x) == 1.0', /no such overload/],
    [
      'size(entity.metadata.tags)',
      /must be a boolean expression, but this one has type int/,
    ],
  ])('reports the compiler message for %s', (source, message) => {
    const rule = compileRule(source);
    expect(rule.ok).toBe(false);
    expect(!rule.ok && rule.error).toMatch(message);
  });

  it('raises a runtime error for one entity without affecting others', () => {
    const rule = compileRule("entity.spec.system == 'payments'");
    if (!rule.ok) throw new Error(rule.error);
    expect(() => rule.evaluate(context(service))).toThrow(RuleEvaluationError);
    expect(() => rule.evaluate(context(service))).toThrow(
      'No such key: system',
    );
    expect(
      rule.evaluate(context({ ...service, spec: { system: 'payments' } })),
    ).toBe(true);
  });

  it('keeps CEL error absorption: false && error is false', () => {
    const rule = compileRule("entity.spec.missing == 'x' && false");
    if (!rule.ok) throw new Error(rule.error);
    expect(rule.evaluate(context(service))).toBe(false);
  });

  it('names the type when a rule gives a non-boolean at runtime', () => {
    const rule = compileRule('entity.spec.type');
    if (!rule.ok) throw new Error(rule.error);
    expect(() => rule.evaluate(context(service))).toThrow(
      'the rule must evaluate to true or false, but gave the string "service"',
    );
  });

  it('sees the resolved owner, objectives and map keys with dots', () => {
    const rule = compileRule(
      "owner != null && owner.spec.type == 'team' && objectives.exists(o, o.spec.status == 'active') && 'pagerduty.com/service-id' in entity.metadata.annotations",
    );
    if (!rule.ok) throw new Error(rule.error);
    expect(rule.variables).toEqual(new Set(['owner', 'objectives', 'entity']));
    const owner = { kind: 'Group', spec: { type: 'team' } };
    const active = { kind: 'Objective', spec: { status: 'active' } };
    const retired = { kind: 'Objective', spec: { status: 'retired' } };
    expect(
      rule.evaluate(context(service, { owner, objectives: [retired, active] })),
    ).toBe(true);
    expect(
      rule.evaluate(context(service, { owner, objectives: [retired] })),
    ).toBe(false);
    expect(
      rule.evaluate(context(service, { owner: null, objectives: [active] })),
    ).toBe(false);
  });

  it('falls back to the interpreter for what closures do not cover', () => {
    const rule = compileRule("now > timestamp('2026-01-01T00:00:00Z')");
    if (!rule.ok) throw new Error(rule.error);
    expect(rule.compiledToClosures).toBe(false);
    expect(rule.evaluate(context(service))).toBe(true);
  });
});
