import type { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_ALIGNMENT_CONFIG,
  Scorecard,
} from '@lodestar/backstage-plugin-alignment-common';
import type { ResultSummary } from '../../database/types';
import { CheckIndex } from './CheckIndex';
import { fixCandidates } from './fixFirst';
import { GroupHierarchy } from './groupHierarchy';
import { ownershipLoad } from './ownershipLoad';

function group(name: string, relations: Array<[string, string]>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    relations: relations.map(([type, targetRef]) => ({ type, targetRef })),
  };
}

const hierarchy = GroupHierarchy.of([
  group('org', [
    ['parentOf', 'group:default/payments'],
    ['parentOf', 'group:default/data'],
    ['hasMember', 'user:default/ceo'],
  ]),
  group('payments', [
    ['childOf', 'group:default/org'],
    ['parentOf', 'group:default/payouts'],
    ['hasMember', 'user:default/a'],
    ['hasMember', 'user:default/b'],
  ]),
  // A cycle, as hand-written hierarchies sometimes have.
  group('payouts', [
    ['parentOf', 'group:default/payments'],
    ['hasMember', 'user:default/b'],
  ]),
  group('data', [['hasMember', 'user:default/c']]),
]);

function result(
  ref: string,
  owner: string,
  system: string,
  domain: string,
): ResultSummary {
  return {
    entityRef: ref,
    kind: 'component',
    owner,
    system,
    domain,
    score: 80,
    level: 'at-risk',
    signals: [],
    needsRevalidation: false,
    validOwner: true,
    servesActive: true,
    objectiveRefs: [],
    failingChecks: 0,
    noDataChecks: 0,
    evaluatedAt: '2026-11-28T00:00:00.000Z',
  };
}

describe('GroupHierarchy', () => {
  it('walks sub-groups once, even through a cycle', () => {
    expect(hierarchy.withDescendants('group:default/payments')).toEqual([
      'group:default/payments',
      'group:default/payouts',
    ]);
    expect(hierarchy.withDescendants('group:default/org')).toHaveLength(4);
  });

  it('counts distinct members', () => {
    expect(
      hierarchy.memberCount([
        'group:default/payments',
        'group:default/payouts',
      ]),
    ).toBe(2);
  });
});

describe('ownershipLoad', () => {
  it('sets a team beside the median of the groups that own something', () => {
    const payments = [
      result(
        'component:default/a',
        'group:default/payments',
        'system:default/s1',
        'domain:default/d1',
      ),
      result(
        'component:default/b',
        'group:default/payments',
        'system:default/s2',
        'domain:default/d2',
      ),
      result(
        'component:default/c',
        'group:default/payments',
        'system:default/s3',
        'domain:default/d3',
      ),
    ];
    const data = [
      result(
        'component:default/d',
        'group:default/data',
        'system:default/s4',
        'domain:default/d4',
      ),
    ];
    const load = ownershipLoad({
      owners: ['group:default/payments'],
      teamResults: payments,
      allResults: [...payments, ...data],
      hierarchy,
    });
    expect(load).toEqual({
      members: 2,
      entitiesPerMember: 1.5,
      systems: 3,
      domains: 3,
      orgMedian: { entitiesPerMember: 1.3, systems: 2, domains: 2 },
    });
  });
});

describe('fixCandidates', () => {
  const check = (id: string, severity: string, status: string) => ({
    id,
    pillar: 'principles',
    title: id,
    severity,
    status,
    message: `${id} is ${status}`,
  });
  const scorecard = (ref: string, checks: any[]): Scorecard =>
    ({
      entityRef: ref,
      score: 0,
      level: 'drifting',
      objectives: [],
      signals: [],
      needsRevalidation: false,
      evaluatedAt: '',
      pillars: [{ id: 'principles', score: 0, checks }],
    } as unknown as Scorecard);

  it('orders failing checks by the points fixing them is worth', () => {
    const a = scorecard('component:default/a', [
      check('low-one', 'low', 'fail'),
      check('critical-one', 'critical', 'fail'),
      check('passing', 'high', 'pass'),
    ]);
    a.score = 33; // high 5 of 16
    const fixes = fixCandidates([a], DEFAULT_ALIGNMENT_CONFIG, 10);
    expect(fixes.map(f => [f.checkId, f.scoreGain])).toEqual([
      ['critical-one', 61],
      ['low-one', 5],
    ]);
    expect(fixes[0].levelAfter).toBe('aligned');
  });

  it('leaves passing and inapplicable checks out, and keeps the limit', () => {
    const b = scorecard('component:default/b', [
      check('x', 'high', 'pass'),
      check('y', 'high', 'not-applicable'),
    ]);
    expect(fixCandidates([b], DEFAULT_ALIGNMENT_CONFIG, 10)).toEqual([]);
    const c = scorecard('component:default/c', [
      check('p', 'low', 'fail'),
      check('q', 'low', 'fail'),
    ]);
    expect(fixCandidates([c], DEFAULT_ALIGNMENT_CONFIG, 1)).toHaveLength(1);
  });
});

describe('CheckIndex', () => {
  it('finds the status of open checks and lists them per entity', () => {
    const index = CheckIndex.of([
      { entityRef: 'component:default/a', checks: { p: 'fail', q: 'waived' } },
      { entityRef: 'component:default/b', checks: { p: 'error' } },
    ]);
    expect(index.statusOf('p', 'component:default/a')).toBe('fail');
    expect(index.statusOf('p', 'component:default/c')).toBeUndefined();
    expect(index.openChecksOf(new Set(['component:default/a']))).toEqual(
      new Map([['component:default/a', ['p']]]),
    );
  });
});
