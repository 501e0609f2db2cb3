import { waiverBodySchema } from './validation';

const body = {
  entityRef: 'component:default/payments-api',
  reason: 'Accepted until the migration',
  expiresAt: '2099-01-01',
};

/** The longest namespace and name Backstage allows: 63 characters each. */
const LONGEST = `principle:${'n'.repeat(63)}/${'x'.repeat(63)}`;

function checkIdOf(checkId: string) {
  const parsed = waiverBodySchema.safeParse({ ...body, checkId });
  return parsed.success ? parsed.data.checkId : undefined;
}

describe('waiverBodySchema checkId', () => {
  it.each([
    ['ownership.on-call', 'ownership.on-call'],
    ['intent.reviewed-since-revision', 'intent.reviewed-since-revision'],
    ['principle:default/docs-as-code', 'principle:default/docs-as-code'],
    ['principle:team-a/x', 'principle:team-a/x'],
    ['principle:a1/Docs_As.Code-2', 'principle:a1/docs_as.code-2'],
    [LONGEST, LONGEST],
  ])('accepts %p as %p', (input, expected) => {
    expect(checkIdOf(input)).toBe(expected);
  });

  it.each([
    // The ids of earlier versions name no namespace.
    'principle.docs-as-code',
    'principle:docs-as-code',
    'principle:/docs-as-code',
    'principle:default/',
    'principle:Default/docs-as-code',
    'principle:-team/x',
    'principle:team-/x',
    'principle:team_a/x',
    'principle:default/-x',
    'principle:default/x.',
    'principle:default/a/b',
    'principle:default/a b',
    `principle:${'n'.repeat(64)}/x`,
    `principle:default/${'x'.repeat(64)}`,
    'component:default/x',
    'ownership.On-call',
    'DROP TABLE',
    '',
  ])('rejects %p', input => {
    expect(checkIdOf(input)).toBeUndefined();
  });
});
