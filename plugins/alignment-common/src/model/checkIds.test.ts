import {
  isPrincipleCheckId,
  principleCheckId,
  principleRefOfCheck,
} from './checkIds';

describe('principleCheckId', () => {
  it("is the principle's full, lowercase entity ref", () => {
    expect(principleCheckId('principle:default/docs-as-code')).toBe(
      'principle:default/docs-as-code',
    );
    expect(principleCheckId('Principle:Team-A/Docs-As-Code')).toBe(
      'principle:team-a/docs-as-code',
    );
  });

  it('takes kind Principle and namespace default in short forms', () => {
    expect(principleCheckId('docs-as-code')).toBe(
      'principle:default/docs-as-code',
    );
    expect(principleCheckId('team-a/docs-as-code')).toBe(
      'principle:team-a/docs-as-code',
    );
  });

  it('keeps principles of the same name in two namespaces apart', () => {
    expect(principleCheckId('principle:default/x')).not.toBe(
      principleCheckId('principle:team-a/x'),
    );
  });

  it('rejects refs of other kinds and unparseable refs', () => {
    expect(() => principleCheckId('component:default/x')).toThrow(TypeError);
    expect(() => principleCheckId('principle:default/')).toThrow(TypeError);
    expect(() => principleCheckId('')).toThrow(TypeError);
  });
});

describe('isPrincipleCheckId', () => {
  it.each([
    'principle:default/docs-as-code',
    'principle:team-a/x',
    principleCheckId('services-expose-apis'),
  ])('accepts %p', id => expect(isPrincipleCheckId(id)).toBe(true));

  it.each([
    'ownership.on-call',
    'intent.declared',
    'principle.docs-as-code',
    'principle:docs-as-code',
    'principle:/x',
    'principle:default/',
  ])('rejects %p', id => expect(isPrincipleCheckId(id)).toBe(false));
});

describe('principleRefOfCheck', () => {
  it('names the Principle entity of a principle check', () => {
    expect(principleRefOfCheck('principle:team-a/docs-as-code')).toEqual({
      kind: 'principle',
      namespace: 'team-a',
      name: 'docs-as-code',
    });
  });

  it('is undefined for other checks', () => {
    expect(principleRefOfCheck('ownership.on-call')).toBeUndefined();
    expect(principleRefOfCheck('principle.docs-as-code')).toBeUndefined();
  });
});
