// Shaped like the demo portal's campaigns after the Series B revision.
import type {
  CampaignProgress,
  CampaignSummary,
} from '@lodestar/backstage-plugin-alignment-common';

/** An active campaign, 12 days before its deadline. */
export const docsCampaign: CampaignSummary = {
  ref: 'campaign:default/docs-as-code-q4',
  title: 'Docs as code by Q4',
  description: 'Every production service publishes TechDocs from its repo.',
  owner: 'group:default/platform',
  lifecycle: 'active',
  strategy: 'strategy:default/meridian-strategy',
  revision: '2026-03-02',
  checks: ['principle:default/docs-as-code', 'ownership.on-call'],
  startsAt: '2026-11-01',
  deadline: '2026-12-10',
  daysLeft: 12,
  overdue: false,
  counts: {
    inScope: 40,
    done: 25,
    remaining: 10,
    waived: 2,
    errored: 1,
    noData: 2,
  },
};

/** An active campaign whose deadline passed with entities left. */
export const reviewCampaign: CampaignSummary = {
  ref: 'campaign:default/revalidate-series-b',
  title: 'Revalidate after Series B',
  owner: 'group:default/leadership',
  lifecycle: 'active',
  checks: ['intent.reviewed-since-revision'],
  startsAt: '2026-03-10',
  deadline: '2026-11-25',
  daysLeft: -3,
  overdue: true,
  counts: {
    inScope: 10,
    done: 6,
    remaining: 4,
    waived: 0,
    errored: 0,
    noData: 0,
  },
};

/** The first page of the docs campaign's progress. */
export const docsProgress: CampaignProgress = {
  campaign: docsCampaign,
  byOwner: [
    {
      owner: 'group:default/payments',
      counts: {
        inScope: 12,
        done: 5,
        remaining: 6,
        waived: 1,
        errored: 0,
        noData: 0,
      },
    },
    {
      owner: 'unowned',
      counts: {
        inScope: 3,
        done: 0,
        remaining: 2,
        waived: 0,
        errored: 1,
        noData: 0,
      },
    },
  ],
  burnDown: [
    { day: '2026-11-01', inScope: 40, open: 30, ideal: 30 },
    { day: '2026-11-02', inScope: 40, open: 29, ideal: 29.2 },
    { day: '2026-11-03', inScope: 41, open: 27, ideal: 28.5 },
  ],
  open: {
    items: [
      {
        entityRef: 'component:default/billing-api',
        owner: 'group:default/payments',
        state: 'remaining',
        openChecks: ['principle:default/docs-as-code'],
      },
      {
        entityRef: 'component:default/ledger',
        state: 'errored',
        openChecks: ['ownership.on-call'],
      },
    ],
    totalCount: 3,
    nextCursor: 'page-2',
  },
};

/** The second and last page of the docs campaign's open entities. */
export const docsProgressPage2: CampaignProgress = {
  ...docsProgress,
  open: {
    items: [
      {
        entityRef: 'component:default/payouts',
        owner: 'group:default/payments',
        state: 'no-data',
        openChecks: ['principle:default/docs-as-code'],
      },
    ],
    totalCount: 3,
  },
};

/** A campaign Lodestar proposed from the revision, not yet accepted. */
export const proposedCampaign: CampaignSummary = {
  ...reviewCampaign,
  ref: 'campaign:default/realign-2026-03-02',
  title: 'Realign with the 2026-03-02 revision',
  lifecycle: 'proposed',
  daysLeft: 80,
  deadline: '2027-02-15',
  overdue: false,
  proposal: {
    id: '5b0c1a2e-8f7d-4f1a-9a55-0b6d1f7c2e11',
    proposedAt: '2026-03-03T08:00:00.000Z',
  },
};

/** The proposed campaign's progress. */
export const proposedProgress: CampaignProgress = {
  campaign: proposedCampaign,
  byOwner: [],
  burnDown: [],
  open: { items: [], totalCount: 0 },
};
