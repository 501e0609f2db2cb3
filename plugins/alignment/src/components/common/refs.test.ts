import { checkLabel, shortRef } from './refs';

describe('shortRef', () => {
  it('drops the default namespace only', () => {
    expect(shortRef('group:default/payments')).toBe('payments');
    expect(shortRef('group:team-a/payments')).toBe('team-a/payments');
  });
});

describe('checkLabel', () => {
  it("shows a principle check by the principle's name", () => {
    expect(checkLabel('principle:default/docs-as-code')).toBe('docs-as-code');
  });

  it('names the namespace of a principle outside the default one', () => {
    expect(checkLabel('principle:team-a/docs-as-code')).toBe(
      'team-a/docs-as-code',
    );
  });

  it('shows other checks by their id', () => {
    expect(checkLabel('ownership.on-call')).toBe('ownership.on-call');
    expect(checkLabel('intent.declared')).toBe('intent.declared');
  });
});
