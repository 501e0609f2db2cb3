import type { DoraBand, DoraBands, FactDefinition } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The four DORA keys, built in. Bands follow the DORA report's
 * performance clusters: deployments from on demand (elite, daily or more)
 * to less than monthly; lead time and time to restore from under a day
 * (under an hour for restore) to over a month (over a week); change
 * failure rate from 5% to over 15%. A value older than 14 days is stale:
 * pipelines report these weekly at least.
 * @public
 */
export const DORA_FACTS: readonly FactDefinition[] = [
  {
    key: 'deploymentFrequencyPerWeek',
    type: 'number',
    unit: 'deploys per week',
    description: 'How often the service deploys to production',
    maxAgeMs: 14 * DAY_MS,
    dora: { better: 'higher', elite: 7, high: 1, medium: 0.25 },
  },
  {
    key: 'leadTimeForChangesHours',
    type: 'number',
    unit: 'hours',
    description: 'Time from commit to running in production',
    maxAgeMs: 14 * DAY_MS,
    dora: { better: 'lower', elite: 24, high: 168, medium: 720 },
  },
  {
    key: 'changeFailureRate',
    type: 'number',
    unit: '%',
    description: 'Share of deployments that cause a failure in production',
    maxAgeMs: 14 * DAY_MS,
    dora: { better: 'lower', elite: 5, high: 10, medium: 15 },
  },
  {
    key: 'timeToRestoreHours',
    type: 'number',
    unit: 'hours',
    description: 'Time to restore service after a failed deployment',
    maxAgeMs: 14 * DAY_MS,
    dora: { better: 'lower', elite: 1, high: 24, medium: 168 },
  },
];

/** The DORA band of a value, given the key's bands. @public */
export function doraBandOf(value: number, bands: DoraBands): DoraBand {
  const meets = (bound: number) =>
    bands.better === 'higher' ? value >= bound : value <= bound;
  if (meets(bands.elite)) return 'elite';
  if (meets(bands.high)) return 'high';
  if (meets(bands.medium)) return 'medium';
  return 'low';
}
