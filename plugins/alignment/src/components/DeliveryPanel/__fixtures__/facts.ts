/** Facts of a service as `GET /entities/.../facts` serves them, dated relative to now. */
import type { EntityFactsResponse } from '@lodestar/backstage-plugin-alignment-common';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An ISO time `days` whole days before now, at noon-ish so rounding is stable. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS - 60 * 60 * 1000).toISOString();
}

const DORA_DEFINITIONS: EntityFactsResponse['definitions'] = [
  {
    key: 'deploymentFrequencyPerWeek',
    type: 'number',
    unit: 'deploys per week',
    maxAgeDays: 14,
    dora: { better: 'higher', elite: 7, high: 1, medium: 0.25 },
  },
  {
    key: 'leadTimeForChangesHours',
    type: 'number',
    unit: 'hours',
    maxAgeDays: 14,
    dora: { better: 'lower', elite: 24, high: 168, medium: 720 },
  },
  {
    key: 'changeFailureRate',
    type: 'number',
    unit: '%',
    maxAgeDays: 14,
    dora: { better: 'lower', elite: 5, high: 10, medium: 15 },
  },
  {
    key: 'timeToRestoreHours',
    type: 'number',
    unit: 'hours',
    maxAgeDays: 14,
    dora: { better: 'lower', elite: 1, high: 24, medium: 168 },
  },
  {
    key: 'monthlyCostUsd',
    type: 'number',
    unit: 'USD',
    description: 'Cloud spend of the last month',
    maxAgeDays: 45,
  },
  {
    key: 'hasRunbook',
    type: 'boolean',
    description: 'A runbook is linked from the service',
    maxAgeDays: 90,
  },
  { key: 'slo', type: 'string', maxAgeDays: 30 },
];

/**
 * Three DORA keys reported (change failure rate stale), time to restore
 * missing though a principle reads it, and two other facts, one of them
 * read by a principle; `slo` is read but never pushed.
 */
export function factsFixture(): EntityFactsResponse {
  return {
    entityRef: 'component:default/marketplace-matching-service',
    definitions: DORA_DEFINITIONS,
    facts: [
      {
        key: 'deploymentFrequencyPerWeek',
        value: 9,
        observedAt: daysAgo(2),
        source: 'github-actions',
        stale: false,
        band: 'elite',
        trend: [
          { day: '2026-11-10', value: 4 },
          { day: '2026-11-17', value: 6.5 },
          { day: '2026-11-19', value: 9 },
        ],
      },
      {
        key: 'leadTimeForChangesHours',
        value: 36,
        observedAt: daysAgo(0),
        source: 'github-actions',
        stale: false,
        band: 'high',
        trend: [{ day: '2026-11-21', value: 36 }],
      },
      {
        key: 'changeFailureRate',
        value: 18.5,
        observedAt: daysAgo(20),
        source: 'pagerduty',
        stale: true,
        band: 'low',
        trend: [
          { day: '2026-10-25', value: 12 },
          { day: '2026-11-01', value: 18.5 },
        ],
      },
      {
        key: 'monthlyCostUsd',
        value: 12400,
        observedAt: daysAgo(1),
        source: 'finops-export',
        stale: false,
        trend: [],
      },
      {
        key: 'hasRunbook',
        value: true,
        observedAt: daysAgo(3),
        source: 'backstage-scaffolder',
        stale: false,
        trend: [],
      },
    ],
    readByRules: [
      'timeToRestoreHours',
      'hasRunbook',
      'changeFailureRate',
      'slo',
    ],
  };
}

/** An entity nothing has pushed facts for, with one key a principle reads. */
export function noFactsFixture(): EntityFactsResponse {
  return {
    entityRef: 'component:default/marketplace-matching-service',
    definitions: DORA_DEFINITIONS,
    facts: [],
    readByRules: ['deploymentFrequencyPerWeek'],
  };
}
