export interface Config {
  /** Settings of the Lodestar demo portal. */
  lodestarDemo?: {
    /**
     * Sign every visitor in as the guest without a prompt.
     * @visibility frontend
     */
    autoSignIn?: boolean;
    /**
     * Groups whose members may create and delete waivers and run evaluations
     * (read by the demo backend's permission policy).
     */
    stewards?: string[];
    /**
     * Groups whose members may read, in the catalog, only the entities
     * their groups own (plus the org and the strategy): the demo's
     * restricted persona, under which Lodestar filters every list, figure
     * and action (read by the demo backend's permission policy).
     */
    ownersOnly?: string[];
    /** Demo outcome data, pushed at start (read by the demo backend). */
    outcomes?: {
      /** Push 90 days of labelled DORA facts and measure values once Lodestar has evaluated. */
      seed?: boolean;
      /**
       * The static token it pushes with, as a pipeline would.
       * @visibility secret
       */
      token?: string;
    };
  };
}
