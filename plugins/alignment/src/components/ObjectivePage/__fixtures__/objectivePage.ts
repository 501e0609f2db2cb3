/** Objectives of the demo catalog and what their pages read. */
import type { Entity } from '@backstage/catalog-model';
import type {
  EntityPage,
  ObjectivePageData,
} from '@lodestar/backstage-plugin-alignment-common';

export const activeObjectiveEntity: Entity = {
  apiVersion: 'lodestar.dev/v1alpha1',
  kind: 'Objective',
  metadata: {
    name: 'win-us-midmarket',
    namespace: 'default',
    title: 'Win the US mid-market',
  },
  spec: {
    owner: 'leadership',
    strategy: 'meridian-strategy',
    status: 'active',
    horizon: '2026-H2 to 2027-H1',
    measures: [
      { metric: 'US mid-market ARR', target: '$12M by 2027-06' },
      'Median sales cycle under 45 days',
      {
        id: 'logos',
        title: 'New US logos',
        direction: 'increase',
        target: 120,
        by: '2027-06-30',
      },
    ],
  },
};

export const retiredObjectiveEntity: Entity = {
  apiVersion: 'lodestar.dev/v1alpha1',
  kind: 'Objective',
  metadata: {
    name: 'grow-supplier-network',
    namespace: 'default',
    title: 'Grow the supplier network',
  },
  spec: {
    owner: 'supplier-network',
    strategy: 'meridian-strategy',
    status: 'retired',
    successor: 'win-us-midmarket',
    horizon: '2024 to 2025',
    measures: [{ metric: 'Active suppliers on the network', target: '25,000' }],
  },
};

export const activeObjectivePageFixture: ObjectivePageData = {
  objective: {
    entityRef: 'objective:default/win-us-midmarket',
    title: 'Win the US mid-market',
    status: 'active',
    owner: 'group:default/leadership',
    horizon: '2026-H2 to 2027-H1',
    supportingCount: 66,
    meanScore: 71,
    supportingRefs: [],
  },
  predecessors: ['objective:default/grow-supplier-network'],
  levels: { aligned: 30, atRisk: 14, drifting: 22 },
  byOwner: [
    { owner: 'group:default/inpixon', count: 20 },
    { owner: 'group:default/platform', count: 46 },
  ],
  coverage: {
    points: [
      { day: '2026-11-19', entities: 58, score: 69 },
      { day: '2026-11-20', entities: 63, score: 70 },
      { day: '2026-11-21', entities: 66, score: 71 },
    ],
  },
};

export const retiredObjectivePageFixture: ObjectivePageData = {
  objective: {
    entityRef: 'objective:default/grow-supplier-network',
    title: 'Grow the supplier network',
    status: 'retired',
    owner: 'group:default/supplier-network',
    horizon: '2024 to 2025',
    successor: 'objective:default/win-us-midmarket',
    supportingCount: 5,
    meanScore: 48,
    supportingRefs: [],
  },
  predecessors: [],
  levels: { aligned: 0, atRisk: 1, drifting: 4 },
  byOwner: [
    { owner: 'group:default/supplier-network', count: 3 },
    { owner: 'group:default/growth', count: 1 },
    { owner: '', count: 1 },
  ],
  coverage: { withheld: true, points: [] },
};

/** An active objective nothing serves yet. */
export const unservedObjectivePageFixture: ObjectivePageData = {
  objective: {
    ...activeObjectivePageFixture.objective,
    supportingCount: 0,
    meanScore: null,
  },
  predecessors: [],
  levels: { aligned: 0, atRisk: 0, drifting: 0 },
  byOwner: [],
  coverage: { points: [] },
};

export const noSupportersFixture: EntityPage = { items: [], totalItems: 0 };
