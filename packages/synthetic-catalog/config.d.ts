export interface Config {
  /** Development and benchmark settings; never needed in production. */
  lodestarDev?: {
    /** The synthetic catalog loaded by `@lodestar/synthetic-catalog`. */
    syntheticCatalog?: {
      /** Evaluated entities (Components, APIs, Resources, Systems) to generate. */
      entities: number;
      /** Generator seed; the same seed gives the same catalog. */
      seed?: number;
      /** File holding a generation number; each increase changes `changePercent` of the entities. */
      changeFile?: string;
      /** Share of evaluated entities changed per generation, in percent (default 1). */
      changePercent?: number;
      /** File holding a generation number; each increase edits one principle's rule. */
      principleChangeFile?: string;
      /** Active campaigns to add, each over one of five scopes (default none). */
      campaigns?: number;
    };
  };
}
