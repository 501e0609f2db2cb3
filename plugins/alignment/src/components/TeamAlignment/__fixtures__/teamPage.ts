import type {
  TeamPageData,
  UserPageData,
} from '@lodestar/backstage-plugin-alignment-common';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An ISO timestamp the given number of days from now, so expiry stays relative to the test run. */
export function inDays(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString();
}

/**
 * The payments team: two sub-teams counted, more entities than sent, fixes
 * deliberately out of order (the page must sort them), one waiver expiring
 * in 3 days, and spread over four domains against an org median of one.
 */
export function teamPageFixture(): TeamPageData {
  return {
    groupRef: 'group:default/payments',
    owners: [
      'group:default/payments',
      'group:default/payments-core',
      'group:default/payments-risk',
    ],
    figures: {
      entities: 212,
      score: 71,
      levels: { aligned: 120, atRisk: 60, drifting: 32 },
    },
    entities: [
      {
        entityRef: 'component:default/ledger-service',
        title: 'Ledger',
        kind: 'Component',
        owner: 'group:default/payments-core',
        score: 82,
        level: 'at-risk',
      },
      {
        entityRef: 'component:default/fraud-scoring',
        kind: 'Component',
        owner: 'group:default/payments-risk',
        score: 41,
        level: 'drifting',
      },
      {
        entityRef: 'api:default/payments-api',
        kind: 'API',
        owner: 'group:default/payments',
        score: 100,
        level: 'aligned',
      },
    ],
    fixFirst: [
      {
        entityRef: 'component:default/ledger-service',
        checkId: 'ownership.on-call',
        title: 'On-call declared',
        severity: 'medium',
        status: 'fail',
        message: 'No on-call annotation.',
        score: 82,
        scoreGain: 6,
        levelAfter: 'at-risk',
        remediation: { text: 'Add the pagerduty.com/service-id annotation.' },
      },
      {
        entityRef: 'component:default/fraud-scoring',
        checkId: 'intent.active-objectives',
        title: 'Serves active objectives',
        severity: 'critical',
        status: 'fail',
        message: 'grow-supplier-network is retired.',
        score: 41,
        scoreGain: 35,
        levelAfter: 'aligned',
        remediation: {
          text: 'Point lodestar.dev/objectives at win-us-midmarket.',
        },
      },
      {
        entityRef: 'component:default/fraud-scoring',
        checkId: 'principle:default/docs-as-code',
        title: 'Docs as code',
        severity: 'high',
        status: 'fail',
        message: 'No TechDocs annotation.',
        score: 41,
        scoreGain: 12,
        levelAfter: 'drifting',
      },
      {
        entityRef: 'component:default/ledger-service',
        checkId: 'intent.reviewed',
        title: 'Reviewed since the latest revision',
        severity: 'low',
        status: 'fail',
        message: 'Not reviewed since 2026-03-02.',
        score: 82,
        scoreGain: 1,
        levelAfter: 'at-risk',
      },
    ],
    waivers: [
      {
        id: 'w-later',
        entityRef: 'component:default/ledger-service',
        checkId: 'principle:default/docs-as-code',
        reason: 'Docs move to the new portal in Q3.',
        expiresAt: inDays(60),
        createdBy: 'user:default/ana.ruiz',
        createdAt: inDays(-30),
      },
      {
        id: 'w-soon',
        entityRef: 'component:default/fraud-scoring',
        checkId: 'ownership.on-call',
        reason: 'On-call rota starts next sprint.',
        expiresAt: inDays(3),
        createdBy: 'user:default/kofi.mensah',
        createdAt: inDays(-20),
      },
    ],
    expiringSoon: 1,
    load: {
      members: 8,
      entitiesPerMember: 26.5,
      systems: 6,
      domains: 4,
      orgMedian: { entitiesPerMember: 4, systems: 6, domains: 1 },
    },
  };
}

/** A team whose entities the caller sees none of. */
export function emptyTeamPageFixture(): TeamPageData {
  return {
    groupRef: 'group:default/payments',
    owners: ['group:default/payments'],
    figures: {
      entities: 0,
      score: null,
      levels: { aligned: 0, atRisk: 0, drifting: 0 },
    },
    entities: [],
    fixFirst: [],
    waivers: [],
    expiringSoon: 0,
    load: {
      members: 3,
      entitiesPerMember: 0,
      systems: 0,
      domains: 0,
      orgMedian: { entitiesPerMember: 4, systems: 2, domains: 1 },
    },
  };
}

/** Kofi is in payments (owning entities) and in the guild (owning none). */
export function userPageFixture(): UserPageData {
  return {
    userRef: 'user:default/kofi.mensah',
    teams: [
      {
        groupRef: 'group:default/payments',
        entities: 212,
        score: 71,
        levels: { aligned: 120, atRisk: 60, drifting: 32 },
        failingChecks: 57,
        expiringSoon: 2,
      },
      {
        groupRef: 'group:default/checkout',
        entities: 9,
        score: 93,
        levels: { aligned: 9, atRisk: 0, drifting: 0 },
        failingChecks: 0,
        expiringSoon: 0,
      },
      {
        groupRef: 'group:default/architecture-guild',
        entities: 0,
        score: null,
        levels: { aligned: 0, atRisk: 0, drifting: 0 },
        failingChecks: 0,
        expiringSoon: 0,
      },
    ],
  };
}
