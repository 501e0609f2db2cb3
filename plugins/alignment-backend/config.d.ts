import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** Configuration of Lodestar, the strategic alignment plugins. */
  lodestar?: {
    /**
     * How often the whole catalog is evaluated. Catalog changes and pushed
     * facts are re-evaluated within seconds of arriving; the whole run
     * catches up on what time alone changes (expiring waivers, stale facts)
     * and on deleted entities.
     * Default: every hour, first run shortly after start.
     */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /**
     * Whether whole runs of catalogs with more than 500 evaluated entities
     * evaluate on a worker thread, leaving the main thread to read the
     * catalog, write the database and serve requests meanwhile. The worker
     * lives for one run and holds a copy of the run's context (groups,
     * users, systems, domains, strategy). Default: true.
     */
    workerThread?: boolean;
    /**
     * Whether a whole run reuses the last run's evaluation of an entity
     * whose inputs have not changed since: the entity as the catalog
     * serves it, its facts, the context (groups, systems, domains,
     * strategy, principles, campaigns), the objectives' outcomes, waivers,
     * this configuration and the UTC day, with the same result still
     * served. Entities with a stale fact, and every entity when a
     * principle's rule reads `now`, are always evaluated. What is
     * remembered lives in the process's memory (about 1 KB an entity)
     * and starts afresh with it. Default: true.
     */
    reuseUnchanged?: boolean;
    /**
     * The entity kinds that are evaluated.
     * Default: Component, API, Resource, System.
     */
    kinds?: string[];
    /** Weight of each severity in the score. Default: critical 10, high 5, medium 3, low 1. */
    weights?: {
      critical?: number;
      high?: number;
      medium?: number;
      low?: number;
    };
    ownership?: {
      /**
       * Annotations any one of which counts as an escalation/on-call path for
       * production services.
       */
      onCallAnnotations?: string[];
    };
    /**
     * Fact keys entities may carry, pushed through `POST /facts` or pulled
     * by fact providers, which rules read as `facts.<key>`. The four DORA
     * keys (deploymentFrequencyPerWeek, leadTimeForChangesHours,
     * changeFailureRate, timeToRestoreHours) are built in; declaring one of
     * them again changes its unit, description or maximum age.
     */
    facts?: {
      [key: string]: {
        /** The type every value must have. */
        type: 'number' | 'boolean' | 'string';
        /** Unit of a number, for display. */
        unit?: string;
        /** What the fact means, for display. */
        description?: string;
        /**
         * After how long without a new value the fact is stale and rules
         * see it as missing, in days. Default: 14.
         */
        maxAgeDays?: number;
      };
    };
    waivers?: {
      /** Longest a waiver may last, in days. Default: 180. */
      maxDays?: number;
    };
    preview?: {
      /**
       * How old the catalog snapshot that `POST /preview` evaluates a draft
       * on may be, in minutes, before it is read again. Each whole-catalog
       * run refreshes it on the replica that ran. Default: 15.
       */
      snapshotMaxAgeMinutes?: number;
    };
    retention?: {
      /** Days of raw score history kept. Default: 400. */
      historyDays?: number;
      /** Days of daily aggregates kept. Default: 1095 (3 years). */
      aggregateDays?: number;
      /**
       * Days each pushed fact observation is kept as it arrived, which
       * makes a repeated push idempotent; the latest value and the last
       * value of each day are kept regardless. Default: 30.
       */
      factObservationDays?: number;
    };
    campaigns?: {
      /**
       * Days before a campaign's deadline its owners are reminded (with
       * notifications on). Default: [14, 3].
       */
      reminderDays?: number[];
      /**
       * Propose a campaign for each recent strategy revision no Campaign
       * entity answers; proposals are accepted through
       * `POST /campaigns/proposals/{id}/accept`. Absent: off.
       */
      proposeFromRevisions?: {
        /** Days from the revision to the proposed deadline. Default: 60. */
        deadlineDays?: number;
        /**
         * Check ids or Principle refs the proposed campaigns ask for.
         * Default: [intent.reviewed-since-revision].
         */
        checks?: string[];
      };
    };
    notifications?: {
      /**
       * Notify owners when their entities' level drops and when a new
       * strategy revision asks for a review. Default: true. Needs the
       * notifications backend; without it a warning is logged once per run.
       */
      enabled?: boolean;
    };
  };
}
