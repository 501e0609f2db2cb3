import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type {
  AlignmentConfig,
  Severity,
} from '@lodestar/backstage-plugin-alignment-common';
import type { Retention } from './evaluation/EvaluationRunner';
import { readFactDefinitions } from './readFactDefinitions';

/** The backend's settings, from `lodestar` in app-config. */
export interface LodestarOptions {
  schedule: SchedulerServiceTaskScheduleDefinition;
  alignment: Partial<AlignmentConfig>;
  waiverMaxDays: number;
  retention: Retention;
  notificationsEnabled: boolean;
  /** How old a catalog snapshot a preview may use before it is read again. */
  previewSnapshotMaxAgeMs: number;
}

// Catalog changes and pushed facts are re-evaluated as they arrive, so the
// whole run is the safety net. It still catches what no announcement
// carries: time passing (waivers expiring, facts going stale, rules that
// read `now`), entities deleted from the catalog, and announcements lost
// to a restart. An hour bounds that lag at the cost of one run per hour.
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 20 },
  // The first run starts shortly after the backend, once the catalog is up.
  initialDelay: { seconds: 15 },
};

/** Reads the `lodestar` configuration, with documented defaults. */
export function readLodestarConfig(config: Config): LodestarOptions {
  const root = config.getOptionalConfig('lodestar');
  const alignment: Partial<AlignmentConfig> = {};
  const kinds = root?.getOptionalStringArray('kinds');
  if (kinds) alignment.evaluatedKinds = kinds;
  const weights = root?.getOptionalConfig('weights');
  if (weights) {
    alignment.weights = Object.fromEntries(
      (['critical', 'high', 'medium', 'low'] as Severity[])
        .filter(s => weights.has(s))
        .map(s => [s, weights.getNumber(s)]),
    ) as AlignmentConfig['weights'];
  }
  const onCall = root?.getOptionalStringArray('ownership.onCallAnnotations');
  if (onCall) alignment.onCallAnnotations = onCall;
  const facts = root?.getOptionalConfig('facts');
  if (facts) alignment.facts = readFactDefinitions(facts);

  return {
    schedule: root?.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          root.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
    alignment,
    waiverMaxDays: root?.getOptionalNumber('waivers.maxDays') ?? 180,
    retention: {
      historyDays: root?.getOptionalNumber('retention.historyDays') ?? 400,
      aggregateDays: root?.getOptionalNumber('retention.aggregateDays') ?? 1095,
      factObservationDays:
        root?.getOptionalNumber('retention.factObservationDays') ?? 30,
    },
    notificationsEnabled:
      root?.getOptionalBoolean('notifications.enabled') ?? true,
    previewSnapshotMaxAgeMs:
      (root?.getOptionalNumber('preview.snapshotMaxAgeMinutes') ?? 15) * 60_000,
  };
}
