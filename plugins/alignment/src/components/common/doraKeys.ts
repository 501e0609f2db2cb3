import { DORA_FACTS } from '@lodestar/backstage-plugin-alignment-common';

/** The four DORA keys, in the order the DORA report lists them. */
export const DORA_KEYS: readonly string[] = DORA_FACTS.map(f => f.key);

const LABELS: Record<string, { long: string; short: string }> = {
  deploymentFrequencyPerWeek: {
    long: 'Deployment frequency',
    short: 'Deploys',
  },
  leadTimeForChangesHours: {
    long: 'Lead time for changes',
    short: 'Lead time',
  },
  changeFailureRate: {
    long: 'Change failure rate',
    short: 'Change failures',
  },
  timeToRestoreHours: { long: 'Time to restore', short: 'Restore' },
};

/** True for one of the four DORA keys. */
export function isDoraKey(key: string): boolean {
  return DORA_KEYS.includes(key);
}

/** How a DORA key reads as a heading; any other key as it is. */
export function doraLabel(key: string): string {
  return LABELS[key]?.long ?? key;
}

/** How a DORA key reads where space is short, as in a table cell. */
export function doraShortLabel(key: string): string {
  return LABELS[key]?.short ?? key;
}

/** The built-in unit of a DORA key, for when a response carries none. */
export function doraUnit(key: string): string | undefined {
  return DORA_FACTS.find(f => f.key === key)?.unit;
}
