/** The Meridian strategy of the demo catalog and what its page reads. */
import type { Entity } from '@backstage/catalog-model';
import type {
  ObjectiveCoverage,
  PrincipleSummary,
  StrategyPageData,
} from '@lodestar/backstage-plugin-alignment-common';

export const strategyEntity: Entity = {
  apiVersion: 'lodestar.dev/v1alpha1',
  kind: 'Strategy',
  metadata: {
    name: 'meridian-strategy',
    namespace: 'default',
    title: 'Meridian company strategy',
  },
  spec: {
    owner: 'leadership',
    thesis:
      'US companies with 200-2,000 employees have outgrown spreadsheets and email approvals.',
    productFuture:
      'By mid-2027 Meridian is the default procurement system for NetSuite-run US companies.',
    trajectory: [
      {
        direction:
          'From a two-sided supplier marketplace to a buyer-side tool.',
        measure: {
          id: 'marketplace-systems',
          title: 'Systems left in the marketplace domain',
          unit: 'systems',
          direction: 'decrease',
          target: 0,
          by: '2027-06-30',
          source: 'catalog',
          catalog: { aggregate: 'count', where: "entity.kind == 'System'" },
        },
      },
      'From EU-first hosting to US data residency by default.',
    ],
    revisions: [
      {
        date: '2024-01-15',
        trigger: 'platform-thesis-change',
        summary: 'Network effects: become the supplier network.',
      },
      {
        date: '2026-03-02',
        trigger: 'funding-round',
        summary: 'Series B closed. New thesis: US mid-market expansion.',
      },
      {
        date: '2025-04-07',
        trigger: 'headcount-doubling',
        summary: 'Headcount doubled from 27 to 55.',
      },
    ],
  },
};

const objective = (
  name: string,
  title: string,
  status: ObjectiveCoverage['status'],
  supportingCount: number,
  meanScore: number | null,
  successor?: string,
): ObjectiveCoverage => ({
  entityRef: `objective:default/${name}`,
  title,
  status,
  owner: 'group:default/leadership',
  supportingCount,
  meanScore,
  supportingRefs: [],
  ...(successor ? { successor } : {}),
});

const principle = (
  name: string,
  title: string,
  severity: string,
  counts: {
    pass: number;
    fail: number;
    error?: number;
    waived?: number;
    noData?: number;
  },
  extra: Partial<PrincipleSummary> = {},
): PrincipleSummary => {
  const { pass, fail, error = 0, waived = 0, noData = 0 } = counts;
  const applied = pass + fail + waived;
  return {
    entityRef: `principle:default/${name}`,
    name,
    title,
    severity,
    status: 'active',
    valid: true,
    problems: [],
    compiled: true,
    passRate: applied ? ((pass + waived) / applied) * 100 : null,
    failingCount: fail,
    errorCount: error,
    pass,
    fail,
    error,
    waived,
    noData,
    ...extra,
  };
};

const revisionMark = (date: string, trigger: string, summary: string) => ({
  strategyRef: 'strategy:default/meridian-strategy',
  date,
  trigger,
  summary,
});

export const strategyPageFixture: StrategyPageData = {
  entityRef: 'strategy:default/meridian-strategy',
  objectives: [
    objective('win-us-midmarket', 'Win the US mid-market', 'active', 12, 88),
    objective('reliable-at-scale', 'Be boringly reliable', 'active', 5, 97),
    objective(
      'ai-assisted-sourcing',
      'AI-assisted sourcing',
      'proposed',
      0,
      null,
    ),
    objective(
      'grow-supplier-network',
      'Grow the supplier network',
      'retired',
      4,
      52,
      'objective:default/win-us-midmarket',
    ),
  ],
  principles: [
    principle(
      'us-data-residency',
      'US customer data stays in US regions',
      'critical',
      {
        pass: 9,
        fail: 1,
      },
    ),
    principle(
      'docs-as-code',
      'Production services and libraries have TechDocs',
      'low',
      {
        pass: 6,
        fail: 4,
        error: 1,
        noData: 2,
      },
    ),
    principle(
      'services-expose-apis',
      'Production services expose their capabilities as APIs',
      'high',
      { pass: 0, fail: 0 },
      {
        compiled: false,
        compileError:
          "ERROR: <input>:1:5: Syntax error: mismatched input 'size'",
      },
    ),
    principle(
      'broken-principle',
      'A principle with a typo',
      'severe',
      { pass: 0, fail: 0 },
      {
        valid: false,
        problems: ['spec.severity: must be one of critical, high, medium, low'],
      },
    ),
  ],
  scoreTrend: {
    points: [
      { day: '2026-11-20', score: 74 },
      { day: '2026-11-21', score: 76 },
    ],
  },
  revisions: [
    revisionMark('2025-04-07', 'headcount-doubling', 'Headcount doubled.'),
    revisionMark('2026-03-02', 'funding-round', 'Series B closed.'),
  ],
  realignment: {
    revision: revisionMark('2026-03-02', 'funding-round', 'Series B closed.'),
    total: 7,
    byOwner: [
      { owner: 'group:default/supplier-network', count: 4 },
      { owner: 'group:default/payments', count: 2 },
      { owner: '', count: 1 },
    ],
  },
  // The first direction is measured in the catalog.
  trajectory: [
    {
      direction: 'From a two-sided supplier marketplace to a buyer-side tool.',
      progress: {
        id: 'marketplace-systems',
        title: 'Systems left in the marketplace domain',
        unit: 'systems',
        direction: 'decrease',
        target: 0,
        by: '2027-06-30',
        source: 'catalog',
        current: {
          value: 2,
          observedAt: '2026-11-28T00:00:00.000Z',
          source: 'lodestar-catalog',
        },
        status: 'off-track',
        reason: 'Projected 2 systems by 2027-06-30, short of the target of 0',
        trend: [
          { day: '2026-11-27', value: 2 },
          { day: '2026-11-28', value: 2 },
        ],
      },
    },
    { direction: 'From EU-first hosting to US data residency by default.' },
  ],
};

/** The page of a strategy with nothing around it yet. */
export const emptyStrategyPageFixture: StrategyPageData = {
  entityRef: 'strategy:default/meridian-strategy',
  objectives: [],
  principles: [],
  scoreTrend: { points: [] },
  revisions: [],
  realignment: { total: 0, byOwner: [] },
  trajectory: [],
};
