/** Exit codes of the CLI, as CI systems read them. */
export const EXIT = {
  /** Nothing at or above `--fail-on` failed. */
  ok: 0,
  /** Something at or above `--fail-on` failed. */
  failed: 1,
  /** Usage or input error: the run could not be trusted, so nothing was reported. */
  usage: 2,
} as const;
