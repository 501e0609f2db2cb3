import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  lodestar?: {
    ownership?: {
      /**
       * `warn` adds a processing warning to entities whose owner does not
       * resolve to a group with members; `off` does not. Default: warn.
       */
      enforcement?: 'off' | 'warn';
    };
    catalog?: {
      /**
       * How often the catalog reloads alignment results from the alignment
       * backend for its labels and warnings. Runs on every catalog instance.
       * Default: every 5 minutes, first load 30 seconds after start.
       */
      refresh?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
