import { createRuleEnvironment } from './ruleEnvironment';
import { requiredFactKeys } from './factKeys';

const keysOf = (source: string) =>
  [...requiredFactKeys(createRuleEnvironment().parse(source).ast)].sort();

describe('requiredFactKeys', () => {
  it('lists keys read by field and by literal index', () => {
    expect(
      keysOf('facts.a > 1.0 && facts["b"] == "x" || facts.a < 0.0'),
    ).toEqual(['a', 'b']);
  });

  it('leaves out keys only tested with has()', () => {
    expect(keysOf('has(facts.a) && facts.b')).toEqual(['b']);
  });

  it('leaves out reads it cannot know and a loop variable named facts', () => {
    expect(keysOf('facts[entity.metadata.name] == 1.0')).toEqual([]);
    expect(
      keysOf('objectives.exists(facts, facts.spec.status == "active")'),
    ).toEqual([]);
  });

  it('finds reads inside macros and calls', () => {
    expect(
      keysOf('entity.metadata.tags.exists(t, t == "x" && facts.c > 0.0)'),
    ).toEqual(['c']);
    expect(keysOf('size(string(facts.d)) > 0')).toEqual(['d']);
  });
});
