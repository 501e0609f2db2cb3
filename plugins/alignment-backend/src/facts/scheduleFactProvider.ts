import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { AlignmentConfig } from '@lodestar/backstage-plugin-alignment-common';
import type { FactProvider } from '@lodestar/backstage-plugin-alignment-node';
import type { DatabaseFactStore } from '../database/DatabaseFactStore';
import { pullFacts } from './pullFacts';

/** How often a provider without a schedule of its own is asked. */
const DEFAULT_PULL_SCHEDULE = {
  frequency: { hours: 1 },
  timeout: { minutes: 15 },
  initialDelay: { minutes: 1 },
};

/**
 * Schedules a fact provider's pulls, once across replicas: the scheduler
 * runs a global task on one replica at a time. A pull that throws is
 * logged; the next one runs on schedule.
 */
export async function scheduleFactProvider(options: {
  provider: FactProvider;
  scheduler: SchedulerService;
  logger: LoggerService;
  facts: DatabaseFactStore;
  config: AlignmentConfig;
  evaluatedRefs: () => Promise<string[]>;
  onFactsChanged: (entityRefs: string[]) => void;
}): Promise<void> {
  const { provider, scheduler, logger } = options;
  await scheduler.scheduleTask({
    id: `lodestar-facts-${provider.id}`,
    scope: 'global',
    ...(provider.schedule ?? DEFAULT_PULL_SCHEDULE),
    fn: async signal => {
      try {
        await pullFacts({ ...options, now: () => new Date(), signal });
      } catch (error) {
        logger.error(
          `Lodestar fact provider ${provider.id} failed`,
          error as Error,
        );
      }
    },
  });
}
