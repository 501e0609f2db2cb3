export interface Config {
  lodestar?: {
    ownership?: {
      /**
       * `warn` adds a processing warning to entities whose owner does not
       * resolve to a group with members; `off` does not. Default: warn.
       */
      enforcement?: 'off' | 'warn';
    };
  };
}
