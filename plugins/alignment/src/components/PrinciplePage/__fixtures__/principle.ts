/** A Principle from examples/strategy.yaml and what the backend says of it. */
import type { Entity } from '@backstage/catalog-model';
import type {
  EntityPage,
  EntityRow,
  PrinciplePageData,
  PrinciplePreview,
} from '@lodestar/backstage-plugin-alignment-common';

/** The rule of {@link principleEntity}. */
export const RULE =
  'has(entity.spec.providesApis) && size(entity.spec.providesApis) > 0';

export const principleEntity: Entity = {
  apiVersion: 'lodestar.dev/v1alpha1',
  kind: 'Principle',
  metadata: {
    name: 'services-expose-apis',
    namespace: 'default',
    title: 'Production services expose their capabilities as APIs',
    uid: 'b3f2c7d0-0000-4000-8000-000000000001',
    annotations: { 'backstage.io/managed-by-location': 'file:strategy.yaml' },
  },
  spec: {
    owner: 'platform',
    severity: 'high',
    status: 'active',
    appliesTo: { kind: 'Component', type: 'service', lifecycle: 'production' },
    rule: RULE,
    rationale:
      'A service without a registered API is a capability nobody else can reuse or discover.',
    tradeOff:
      'Integration over isolation: designing and versioning a contract costs time up front.',
    remediation: {
      text: "Register the service's API as an API entity and list it in providesApis.",
      yaml: 'spec:\n  providesApis:\n    - my-service-api\n',
    },
  },
};

export const CHECK_ID = 'principle:default/services-expose-apis';

export const principlePageFixture: PrinciplePageData = {
  principle: {
    entityRef: CHECK_ID,
    name: 'services-expose-apis',
    title: 'Production services expose their capabilities as APIs',
    severity: 'high',
    status: 'active',
    valid: true,
    problems: [],
    compiled: true,
    passRate: 62.5,
    failingCount: 3,
    errorCount: 1,
    pass: 4,
    fail: 3,
    error: 1,
    waived: 1,
    noData: 1,
  },
  passRateTrend: {
    points: [
      {
        day: '2026-11-19',
        pass: 3,
        fail: 4,
        error: 1,
        waived: 0,
        noData: 0,
        passRate: 42.9,
      },
      {
        day: '2026-11-20',
        pass: 4,
        fail: 3,
        error: 1,
        waived: 1,
        noData: 0,
        passRate: 62.5,
      },
    ],
  },
  waivers: [
    {
      id: 'w-active',
      entityRef: 'component:default/ledger-service',
      checkId: CHECK_ID,
      reason: 'API contract in review with the ERP team',
      expiresAt: '2099-01-31T00:00:00.000Z',
      createdBy: 'user:default/ada',
      createdAt: '2026-11-01T09:00:00.000Z',
    },
    {
      id: 'w-expired',
      entityRef: 'component:default/legacy-billing',
      checkId: CHECK_ID,
      reason: 'Being retired this quarter',
      expiresAt: '2020-06-30T00:00:00.000Z',
      createdBy: 'user:default/grace',
      createdAt: '2020-01-15T09:00:00.000Z',
    },
  ],
};

function row(
  name: string,
  owner: string | undefined,
  status: 'fail' | 'error' | 'no-data',
  message: string,
): EntityRow {
  return {
    entityRef: `component:default/${name}`,
    kind: 'component',
    owner,
    lifecycle: 'production',
    score: 60,
    level: 'at-risk',
    delta30d: null,
    signals: ['compliance'],
    needsRevalidation: false,
    evaluatedAt: '2026-11-20T10:00:00.000Z',
    failingChecks: status === 'fail' ? 1 : 0,
    noDataChecks: status === 'no-data' ? 1 : 0,
    check: { id: CHECK_ID, status, message },
  };
}

export const failingPage1: EntityPage = {
  items: [
    row(
      'ledger-sync',
      'group:default/finance',
      'fail',
      'spec.providesApis is empty',
    ),
    row(
      'invoice-worker',
      'group:default/finance',
      'error',
      'no such key: spec',
    ),
    row(
      'matching',
      'group:default/marketplace',
      'fail',
      'spec.providesApis is missing',
    ),
  ],
  totalItems: 4,
  nextCursor: 'cursor-2',
};

export const failingPage2: EntityPage = {
  items: [
    row(
      'orphan-job',
      undefined,
      'no-data',
      'facts.deploymentFrequencyPerWeek is missing',
    ),
  ],
  totalItems: 4,
};

export const previewFixture: PrinciplePreview = {
  principleRef: CHECK_ID,
  checkId: CHECK_ID,
  snapshotAt: '2026-11-21T15:40:00.000Z',
  applies: 8,
  pass: 5,
  fail: 2,
  error: 1,
  byOwner: [
    { owner: 'group:default/finance', pass: 1, fail: 2, error: 0 },
    { owner: 'group:default/marketplace', pass: 4, fail: 0, error: 1 },
  ],
  levelChanges: [{ from: 'aligned', to: 'at-risk', count: 2 }],
  meanScore: { before: 81, after: 74 },
  failing: [
    {
      entityRef: 'component:default/ledger-sync',
      owner: 'group:default/finance',
      status: 'fail',
      message: 'providesApis has 0 items',
      scoreBefore: 90,
      scoreAfter: 78,
    },
  ],
  durationMs: 42,
};
