import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';

/** Whether entities with failing ownership checks get a warning. */
export type OwnershipEnforcement = 'off' | 'warn';

/** The module's settings, from `lodestar` in app-config. */
export interface ModuleOptions {
  enforcement: OwnershipEnforcement;
  refresh: SchedulerServiceTaskScheduleDefinition;
}

/**
 * Every five minutes; the first load waits a little so the alignment backend
 * is up, and entities processed before it simply carry nothing yet.
 */
export const DEFAULT_REFRESH: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 5 },
  timeout: { minutes: 2 },
  initialDelay: { seconds: 30 },
};

/** Reads `lodestar.ownership.enforcement` and `lodestar.catalog.refresh`. */
export function readModuleConfig(config: Config): ModuleOptions {
  const enforcement =
    config.getOptionalString('lodestar.ownership.enforcement') ?? 'warn';
  if (enforcement !== 'off' && enforcement !== 'warn') {
    throw new Error(
      `Invalid lodestar.ownership.enforcement "${enforcement}": must be off or warn`,
    );
  }
  const refresh = config.getOptionalConfig('lodestar.catalog.refresh');
  return {
    enforcement,
    refresh: refresh
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(refresh)
      : DEFAULT_REFRESH,
  };
}
