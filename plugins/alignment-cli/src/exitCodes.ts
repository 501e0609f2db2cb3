/** Exit codes of the CLI, as CI systems read them. */
export const EXIT = {
  /** `check`: nothing at or above `--fail-on` failed; `preview`: the preview ran. */
  ok: 0,
  /** `check`: something at or above `--fail-on` failed. */
  failed: 1,
  /** `preview`: the draft principle is invalid, found locally or by the backend. */
  rejected: 1,
  /**
   * Usage, input, network or credentials error: the run could not be
   * trusted, so nothing was reported.
   */
  usage: 2,
} as const;
