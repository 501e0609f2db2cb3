/**
 * The Meridian story the demo outcome data tells, as data: which groups of
 * services deliver how, and how fast each objective's measures move. The
 * generators read the catalog for everything else (which components
 * exist, what they serve, each measure's baseline and target), so edits
 * to the examples show up in the data.
 */

/**
 * The `source` of every demo observation. A real pipeline names itself
 * (`github-actions`, `salesforce`); this one says the values are made up,
 * so nobody mistakes them for real delivery or business figures.
 */
export const DEMO_SOURCE = 'lodestar-demo-seed';

/** How many days of history the demo writes, ending today. */
export const DEMO_DAYS = 90;

/** Mixed into every pseudo-random draw; another seed tells another history. */
export const DEMO_SEED = 'meridian-2026';

/** The objective the ERP connectors serve. */
export const ERP_OBJECTIVE_REF = 'objective:default/connect-us-erps';

/** The domain of the 2024 marketplace work. */
export const MARKETPLACE_DOMAIN_REF = 'domain:default/marketplace';

/**
 * Production services of the steady group whose pipelines do not report
 * yet: they get no facts, so the portal shows what "No data" looks like.
 */
export const SERVICES_WITHOUT_FACTS = 2;

/**
 * How fast a measure moves, as a share of the pace its target needs: 1 is
 * the straight line from the baseline to the target, 0.5 half of it. The
 * alignment backend projects the recent values to the deadline, so a pace
 * of 1.1 comes out on track, 0.9 at risk (80–100% of the way) and below 0.8
 * off track.
 */
export interface MeasurePace {
  pace: number;
  /** Counted things (customers, connectors, deals): whole numbers, no noise. */
  whole?: boolean;
}

/**
 * The paces, by `<objective name>/<measure id>`. The US mid-market lags
 * well behind its targets; self-serve adoption is on track; the others are
 * mixed. A measure not listed moves at a pseudo-random pace near 1.
 */
export const MEASURE_PACES: Readonly<Record<string, MeasurePace>> = {
  'win-us-midmarket/midmarket-arr': { pace: 0.45 },
  'win-us-midmarket/midmarket-new-logos': { pace: 0.55, whole: true },
  'win-us-midmarket/midmarket-sales-cycle': { pace: 0.6 },
  'self-serve-adoption/signup-to-first-po': { pace: 1.15 },
  'self-serve-adoption/self-serve-trial-share': { pace: 1.1 },
  'enterprise-readiness/us-data-residency': { pace: 1.1 },
  'enterprise-readiness/deals-blocked-by-security': { pace: 0.85, whole: true },
  'reliable-at-scale/app-availability': { pace: 0.9 },
  'reliable-at-scale/sev1-time-to-restore': { pace: 1.15 },
  // NetSuite went GA in 2026-Q3; Sage Intacct is still in beta.
  'connect-us-erps/native-erp-connectors': { pace: 0.6, whole: true },
  'connect-us-erps/live-erp-sync-share': { pace: 0.9 },
};
