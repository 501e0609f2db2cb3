/** Objectives of the demo catalog and what their pages read. */
import type { Entity } from '@backstage/catalog-model';
import type {
  DeliveryFigure,
  EntityPage,
  ObjectivePageData,
  ObjectiveProgress,
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
      {
        id: 'arr',
        title: 'US mid-market ARR',
        unit: 'M USD',
        direction: 'increase',
        target: 12,
        by: '2027-06-30',
        baseline: { value: 3, date: '2026-07-01' },
        cadence: 'monthly',
      },
      {
        id: 'logos',
        title: 'New US logos',
        unit: 'customers',
        direction: 'increase',
        target: 120,
        by: '2027-06-30',
        cadence: 'weekly',
      },
      { metric: 'Median sales cycle', target: 'under 45 days' },
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

/** A DORA key across a set of supporters. */
function figure(
  key: string,
  unit: string,
  values: Pick<DeliveryFigure, 'entities' | 'median' | 'p25' | 'p75' | 'band'>,
  bands: [number, number, number, number],
): DeliveryFigure {
  const [elite, high, medium, low] = bands;
  return { key, unit, ...values, bands: { elite, high, medium, low } };
}

/** Three measures (one at risk, one stale, one free text) and the supporters' delivery. */
export const activeProgressFixture: ObjectiveProgress = {
  objectiveRef: 'objective:default/win-us-midmarket',
  measures: [
    {
      id: 'arr',
      title: 'US mid-market ARR',
      unit: 'M USD',
      direction: 'increase',
      target: 12,
      by: '2027-06-30',
      baseline: { value: 3, date: '2026-07-01' },
      cadence: 'monthly',
      source: 'push',
      current: {
        value: 5.43,
        observedAt: '2026-11-01T00:00:00.000Z',
        source: 'salesforce',
      },
      projected: 10.08,
      status: 'at-risk',
      reason: 'Projected to reach 10.1 M USD by 2027-06-30, short of 12 M USD.',
      trend: [
        { day: '2026-09-01', value: 4.1 },
        { day: '2026-10-01', value: 4.8 },
        { day: '2026-11-01', value: 5.43 },
      ],
    },
    {
      id: 'logos',
      title: 'New US logos',
      unit: 'customers',
      direction: 'increase',
      target: 120,
      by: '2027-06-30',
      cadence: 'weekly',
      source: 'push',
      current: {
        value: 31,
        observedAt: '2026-10-01T00:00:00.000Z',
        source: 'hubspot',
      },
      status: 'stale',
      reason: 'No value for 51 days; a weekly measure is stale after 14.',
      trend: [{ day: '2026-10-01', value: 31 }],
    },
    {
      id: 'measure-3',
      title: 'Median sales cycle',
      targetText: 'under 45 days',
      source: 'text',
      status: 'not-measured',
      reason: 'A target written as text has no values to judge it by.',
      trend: [],
    },
  ],
  delivery: [
    figure(
      'deploymentFrequencyPerWeek',
      'deploys per week',
      { entities: 12, median: 5, p25: 2, p75: 9.5, band: 'high' },
      [3, 6, 2, 1],
    ),
    figure(
      'leadTimeForChangesHours',
      'hours',
      { entities: 10, median: 30, p25: 12, p75: 96, band: 'high' },
      [4, 5, 1, 0],
    ),
    figure(
      'changeFailureRate',
      '%',
      { entities: 11, median: 12.5, p25: 6, p75: 20, band: 'medium' },
      [2, 3, 3, 3],
    ),
    figure(
      'timeToRestoreHours',
      'hours',
      { entities: 0, median: null, p25: null, p75: null },
      [0, 0, 0, 0],
    ),
  ],
  supporters: 66,
};

/** Progress of an objective whose supporters report no delivery facts. */
function unreportedProgress(
  objectiveRef: string,
  supporters: number,
): ObjectiveProgress {
  return {
    objectiveRef,
    measures: [],
    delivery: activeProgressFixture.delivery.map(f => ({
      ...f,
      entities: 0,
      median: null,
      p25: null,
      p75: null,
      band: undefined,
      bands: { elite: 0, high: 0, medium: 0, low: 0 },
    })),
    supporters,
  };
}

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
  progress: activeProgressFixture,
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
  progress: {
    ...unreportedProgress('objective:default/grow-supplier-network', 5),
    measures: [
      {
        id: 'measure-1',
        title: 'Active suppliers on the network',
        targetText: '25,000',
        source: 'text',
        status: 'not-measured',
        reason: 'A target written as text has no values to judge it by.',
        trend: [],
      },
    ],
  },
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
  progress: unreportedProgress('objective:default/win-us-midmarket', 0),
};

export const noSupportersFixture: EntityPage = { items: [], totalItems: 0 };
