import { dayStartMs, DAY_MS } from './calendar';
import { seededBetween, seededNoise } from './random';
import { DEMO_SEED } from './story';

/** How a group of services delivers, in the story. */
export type DeliveryProfile = 'steady' | 'erp' | 'marketplace';

/** The four DORA keys the demo reports. */
export type DoraKey =
  | 'deploymentFrequencyPerWeek'
  | 'leadTimeForChangesHours'
  | 'changeFailureRate'
  | 'timeToRestoreHours';

/** The lowest and highest value a key takes within a profile. */
type Range = readonly [min: number, max: number];

/**
 * The range of each DORA key per profile. Each service settles somewhere
 * in its range; its daily values drift and wobble but stay inside it.
 *
 * - steady: most production services, a few deploys a week;
 * - erp: the ERP connectors, about weekly, with more failed changes
 *   (partner sandboxes, certification windows);
 * - marketplace: the retired marketplace work, which still ships daily
 *   with elite figures: speed spent on an objective nobody pursues.
 */
export const DELIVERY_PROFILES: Readonly<
  Record<DeliveryProfile, Readonly<Record<DoraKey, Range>>>
> = {
  steady: {
    deploymentFrequencyPerWeek: [2.5, 6],
    leadTimeForChangesHours: [18, 72],
    changeFailureRate: [4, 12],
    timeToRestoreHours: [1.5, 12],
  },
  erp: {
    deploymentFrequencyPerWeek: [1, 2],
    leadTimeForChangesHours: [96, 160],
    changeFailureRate: [11, 16],
    timeToRestoreHours: [8, 30],
  },
  marketplace: {
    deploymentFrequencyPerWeek: [7, 12],
    leadTimeForChangesHours: [3, 20],
    changeFailureRate: [1, 5],
    timeToRestoreHours: [0.3, 1],
  },
};

/** The DORA keys in the order they are reported. */
export const DORA_KEYS = Object.keys(
  DELIVERY_PROFILES.steady,
) as readonly DoraKey[];

// A slow swing over about a year: across 90 days it reads as a gentle
// trend, up for some services and down for others. It depends on the date
// alone, so a day's value never changes from one start to the next.
const DRIFT_PERIOD_DAYS = 365;
const DRIFT_SHARE = 0.12;
// Day-to-day wobble, as a share of the value.
const NOISE_SHARE = 0.06;

/**
 * A service's value of one DORA key on one day, rounded to one decimal:
 * its level, with the drift and the wobble. The level is drawn far enough
 * inside the profile's range that the swings never leave it.
 */
export function doraValue(
  entityRef: string,
  profile: DeliveryProfile,
  key: DoraKey,
  day: string,
): number {
  const [min, max] = DELIVERY_PROFILES[profile][key];
  const swing = DRIFT_SHARE + NOISE_SHARE;
  const level = seededBetween(
    min / (1 - swing),
    max / (1 + swing),
    DEMO_SEED,
    entityRef,
    key,
    'level',
  );
  const phase = seededBetween(0, 2 * Math.PI, DEMO_SEED, entityRef, key);
  const dayNumber = dayStartMs(day) / DAY_MS;
  const drift =
    DRIFT_SHARE *
    Math.sin((2 * Math.PI * dayNumber) / DRIFT_PERIOD_DAYS + phase);
  const noise = seededNoise(NOISE_SHARE, DEMO_SEED, entityRef, key, day);
  // Held inside the range all the same, against floating point.
  const value = Math.min(max, Math.max(min, level * (1 + drift + noise)));
  return Math.round(value * 10) / 10;
}
