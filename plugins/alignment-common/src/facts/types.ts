/**
 * Facts: per-entity values pushed from CI/CD and other systems
 * (deployment frequency, change failure rate, cost…), which rules read as
 * `facts.<key>`.
 */

/** The value of a fact. @public */
export type FactValue = number | boolean | string;

/** The types a declared fact may have. @public */
export const FACT_TYPES = ['number', 'boolean', 'string'] as const;

/** The type of a declared fact, one of {@link FACT_TYPES}. @public */
export type FactType = (typeof FACT_TYPES)[number];

/** Performance bands of the DORA report, best first. @public */
export const DORA_BANDS = ['elite', 'high', 'medium', 'low'] as const;

/** A DORA performance band, one of {@link DORA_BANDS}. @public */
export type DoraBand = (typeof DORA_BANDS)[number];

/**
 * Where a numeric fact's value falls in the DORA report's bands: the value
 * is in the first band whose bound it meets, else `low`.
 * @public
 */
export interface DoraBands {
  /** `higher` when more is better (deployment frequency), `lower` otherwise. */
  better: 'higher' | 'lower';
  /** The bound of the `elite` band, in the fact's unit. */
  elite: number;
  /** The bound of the `high` band, in the fact's unit. */
  high: number;
  /** The bound of the `medium` band, in the fact's unit; values that miss it are `low`. */
  medium: number;
}

/** A fact key declared in config (`lodestar.facts`) or built in. @public */
export interface FactDefinition {
  /** The key, as rules read it: `facts.<key>`. Letters, digits and `_`, starting with a letter. */
  key: string;
  /** The type every value must have. */
  type: FactType;
  /** Unit of a number, for display (`per week`, `hours`, `%`). */
  unit?: string;
  /** What the fact means, for display. */
  description?: string;
  /**
   * After how long without a new value the fact is stale, in milliseconds:
   * rules then see it as missing and their checks become `no-data`.
   */
  maxAgeMs: number;
  /** The DORA report's bands, for the four DORA keys. */
  dora?: DoraBands;
}

/** One value of one fact of one entity, as stored. @public */
export interface FactObservation {
  /** Canonical ref of the entity. */
  entityRef: string;
  /** The declared key. */
  key: string;
  /** The value, of the declared type. */
  value: FactValue;
  /** ISO timestamp of when the value was true at its source. */
  observedAt: string;
  /** What sent it (a pipeline, a system), free text. */
  source: string;
}

/** What one entity's facts are, as the engine reads them: the latest value of each key. @public */
export type EntityFacts = ReadonlyMap<
  string,
  { value: FactValue; observedAt: string }
>;

/** One entity's facts at one time, as `POST /facts` takes them. @public */
export interface FactPush {
  /** Entity ref; short forms (`my-service`) are read as `component:default/my-service`. */
  entityRef: string;
  /** ISO timestamp of when the values were true; defaults to the time of the request. */
  observedAt?: string;
  /** What sends them, e.g. `github-actions`, `pagerduty`; 1–200 characters. */
  source: string;
  /** Values by declared key. */
  facts: Record<string, FactValue>;
}

/** The body of `POST /facts`: one push or a batch of up to 1000. @public */
export type FactPushRequest = FactPush | { items: FactPush[] };

/** What `POST /facts` answers when everything was accepted. @public */
export interface FactPushResponse {
  /** Values stored. */
  accepted: number;
  /** Values already stored with the same entity, key, time and source, kept once. */
  duplicates: number;
  /** Entities whose scorecards are being re-evaluated. */
  reevaluating: number;
}

/** One fact of an entity as the API serves it. @public */
export interface EntityFactView {
  /** The declared key. */
  key: string;
  /** The latest value. */
  value: FactValue;
  /** When the latest value was true. */
  observedAt: string;
  /** What sent it. */
  source: string;
  /** True when older than the key's maximum age: rules see it as missing. */
  stale: boolean;
  /** The DORA band of the value, for the four DORA keys. */
  band?: DoraBand;
  /** Daily values (the last of each day), oldest first, for trends. */
  trend: Array<{ day: string; value: number }>;
}

/** `GET /entities/{kind}/{namespace}/{name}/facts`. @public */
export interface EntityFactsResponse {
  /** Canonical ref of the entity. */
  entityRef: string;
  /** Every declared key, whether or not the entity has a value. */
  definitions: Array<Omit<FactDefinition, 'maxAgeMs'> & { maxAgeDays: number }>;
  /** The keys the entity has values for. */
  facts: EntityFactView[];
  /** Keys read by a principle that applies to this entity. */
  readByRules: string[];
}
