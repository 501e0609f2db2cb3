import { Entity } from '@backstage/catalog-model';
import { campaignCheckId } from './campaignProblems';
import {
  formatValidationProblems,
  validateLodestarEntity,
} from './validateKind';

function campaign(spec: Record<string, unknown>): Entity {
  return {
    apiVersion: 'lodestar.dev/v1alpha1',
    kind: 'Campaign',
    metadata: { name: 'realign-march-2026', title: 'Realign with March' },
    spec: {
      owner: 'architecture',
      strategy: 'meridian',
      revision: '2026-03-02',
      scope: { kind: 'Component', lifecycle: 'production' },
      checks: [
        'intent.reviewed-since-revision',
        'principle:default/integrate-through-event-bus',
      ],
      startsAt: '2026-03-02',
      deadline: '2027-01-29',
      status: 'active',
      ...spec,
    },
  };
}

const problemsOf = (spec: Record<string, unknown>) =>
  formatValidationProblems(validateLodestarEntity(campaign(spec)));

describe('Campaign validation', () => {
  it('accepts a complete campaign', () => {
    expect(validateLodestarEntity(campaign({}))).toEqual([]);
  });

  it('names a check that is neither a check id nor a principle ref', () => {
    expect(problemsOf({ checks: ['intent.reviewed', 'principle:'] })).toBe(
      [
        'spec.checks[0]: must be a check id (ownership.declared, ownership.resolves, ownership.is-group, ownership.has-members, ownership.consistent-with-system, ownership.on-call, intent.declared, intent.active-objectives, intent.reviewed-since-revision) or a Principle ref such as "principle:default/docs-as-code", got "intent.reviewed"',
        'spec.checks[1]: must be a check id (ownership.declared, ownership.resolves, ownership.is-group, ownership.has-members, ownership.consistent-with-system, ownership.on-call, intent.declared, intent.active-objectives, intent.reviewed-since-revision) or a Principle ref such as "principle:default/docs-as-code", got "principle:"',
      ].join('\n'),
    );
  });

  it('needs at least one check', () => {
    expect(problemsOf({ checks: [] })).toBe(
      'spec.checks: must list at least one check',
    );
  });

  it('rejects a deadline before the start', () => {
    expect(problemsOf({ deadline: '2026-01-01' })).toBe(
      'spec.deadline: must not be before spec.startsAt (2026-03-02), got "2026-01-01"',
    );
  });

  it('needs the strategy or the revision it answers', () => {
    expect(problemsOf({ strategy: undefined, revision: undefined })).toBe(
      'spec: must name the strategy or the revision the campaign answers (spec.strategy, spec.revision)',
    );
  });

  it('names unknown statuses, bad dates and missing fields', () => {
    const entity = campaign({ status: 'ongoing', deadline: '2027-02-30' });
    delete (entity.spec as Record<string, unknown>).owner;
    expect(formatValidationProblems(validateLodestarEntity(entity))).toBe(
      [
        'spec.owner: is required',
        'spec.deadline: must be an ISO date (YYYY-MM-DD), got "2027-02-30"',
        'spec.status: must be one of planned, active, completed, cancelled',
      ].join('\n'),
    );
  });

  it('accepts effectiveFrom on a principle only as a calendar date', () => {
    const principle: Entity = {
      apiVersion: 'lodestar.dev/v1alpha1',
      kind: 'Principle',
      metadata: { name: 'event-bus' },
      spec: {
        owner: 'architecture',
        severity: 'high',
        rule: 'true',
        effectiveFrom: 'next spring',
      },
    };
    expect(formatValidationProblems(validateLodestarEntity(principle))).toBe(
      'spec.effectiveFrom: must be an ISO date (YYYY-MM-DD), got "next spring"',
    );
  });
});

describe('campaignCheckId', () => {
  it('keeps built-in ids and canonicalises principle refs', () => {
    expect(campaignCheckId(' intent.active-objectives ')).toBe(
      'intent.active-objectives',
    );
    expect(campaignCheckId('principle:Docs-As-Code')).toBe(
      'principle:default/docs-as-code',
    );
    expect(campaignCheckId('component:default/x')).toBeUndefined();
    expect(campaignCheckId('docs-as-code')).toBeUndefined();
  });
});
