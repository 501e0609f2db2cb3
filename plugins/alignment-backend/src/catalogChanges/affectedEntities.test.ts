import type { Entity } from '@backstage/catalog-model';
import type { ResultSummary } from '../database/types';
import { affectedEntities } from './affectedEntities';

function summary(
  entityRef: string,
  fields: Partial<ResultSummary> = {},
): ResultSummary {
  return {
    entityRef,
    kind: 'component',
    score: 80,
    level: 'aligned',
    signals: [],
    needsRevalidation: false,
    validOwner: true,
    servesActive: true,
    objectiveRefs: [],
    failingChecks: 0,
    noDataChecks: 0,
    evaluatedAt: '2026-11-28T10:00:00.000Z',
    ...fields,
  };
}

const summaries = [
  summary('component:default/orders', {
    owner: 'group:default/payments',
    system: 'system:default/checkout',
    domain: 'domain:default/commerce',
    objectiveRefs: ['objective:default/grow-emea'],
  }),
  summary('component:default/search', {
    owner: 'group:default/discovery',
    system: 'system:default/catalog',
    domain: 'domain:default/commerce',
  }),
  summary('api:default/orders-api', { owner: 'user:default/ada' }),
];

const entity = (kind: string, name: string, spec: object = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  spec,
});

describe('affectedEntities', () => {
  it('finds what a group owns, and what is in a system or a domain', () => {
    expect(
      affectedEntities(entity('Group', 'Payments'), undefined, summaries),
    ).toEqual(['component:default/orders']);
    expect(
      affectedEntities(entity('System', 'checkout'), undefined, summaries),
    ).toEqual(['component:default/orders']);
    expect(
      affectedEntities(entity('Domain', 'commerce'), undefined, summaries),
    ).toEqual(['component:default/orders', 'component:default/search']);
  });

  it('finds the supporters of an objective', () => {
    expect(
      affectedEntities(entity('Objective', 'grow-emea'), undefined, summaries),
    ).toEqual(['component:default/orders']);
  });

  it("finds what a user owns and what the user's groups own, before and after", () => {
    const after = entity('User', 'ada', { memberOf: ['discovery'] });
    const before = entity('User', 'ada', {
      memberOf: ['group:default/payments'],
    });
    expect(affectedEntities(after, before, summaries).sort()).toEqual([
      'api:default/orders-api',
      'component:default/orders',
      'component:default/search',
    ]);
    expect(
      affectedEntities(
        entity('User', 'ada', { memberOf: [42, ':::'] }),
        undefined,
        summaries,
      ),
    ).toEqual(['api:default/orders-api']);
  });

  it('finds nothing for kinds nothing depends on', () => {
    expect(
      affectedEntities(entity('Location', 'anywhere'), undefined, summaries),
    ).toEqual([]);
  });
});
