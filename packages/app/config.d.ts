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
  };
}
