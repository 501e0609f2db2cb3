import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  AlignmentConfig,
  campaignCheckId,
  Severity,
} from '@lodestar/backstage-plugin-alignment-common';
import type { ProposalSettings } from './campaigns/revisionProposals';
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
  /** Whether large whole runs evaluate on a worker thread. */
  workerThread: boolean;
  /** Whether whole runs reuse evaluations whose inputs have not changed. */
  reuseUnchanged: boolean;
  campaigns: {
    /** Campaigns proposed from strategy revisions; absent when off. */
    proposeFromRevisions?: ProposalSettings;
    /** Days before a campaign's deadline its owners are reminded. */
    reminderDays: number[];
  };
}

const DEFAULT_PROPOSAL_CHECKS = ['intent.reviewed-since-revision'];
const DEFAULT_REMINDER_DAYS = [14, 3];

/** `lodestar.campaigns`, with a wrong check id refused at start-up. */
function readCampaigns(root: Config | undefined): LodestarOptions['campaigns'] {
  const campaigns = root?.getOptionalConfig('campaigns');
  const propose = campaigns?.getOptionalConfig('proposeFromRevisions');
  let proposeFromRevisions: ProposalSettings | undefined;
  if (propose) {
    const checks =
      propose.getOptionalStringArray('checks') ?? DEFAULT_PROPOSAL_CHECKS;
    for (const check of checks) {
      if (!campaignCheckId(check)) {
        throw new Error(
          `Invalid lodestar.campaigns.proposeFromRevisions.checks: "${check}" is neither a check id nor a Principle ref`,
        );
      }
    }
    const deadlineDays = propose.getOptionalNumber('deadlineDays') ?? 60;
    if (!Number.isInteger(deadlineDays) || deadlineDays < 1) {
      throw new Error(
        `Invalid lodestar.campaigns.proposeFromRevisions.deadlineDays: must be a whole number of days of at least 1, got ${deadlineDays}`,
      );
    }
    proposeFromRevisions = { deadlineDays, checks };
  }
  const days: unknown =
    campaigns?.getOptional('reminderDays') ?? DEFAULT_REMINDER_DAYS;
  if (
    !Array.isArray(days) ||
    days.some(d => typeof d !== 'number' || !Number.isInteger(d) || d < 1)
  ) {
    throw new Error(
      `Invalid lodestar.campaigns.reminderDays: must be whole numbers of days of at least 1, got ${JSON.stringify(
        days,
      )}`,
    );
  }
  return {
    proposeFromRevisions,
    reminderDays: [...new Set(days as number[])],
  };
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
    campaigns: readCampaigns(root),
    workerThread: root?.getOptionalBoolean('workerThread') ?? true,
    reuseUnchanged: root?.getOptionalBoolean('reuseUnchanged') ?? true,
  };
}
