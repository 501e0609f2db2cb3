/** Exit codes of the CLI, as CI systems read them. */
export const EXIT = {
  /**
   * `check`: nothing at or above `--fail-on` failed; `preview`: the preview
   * ran; `facts push`: every fact was accepted.
   */
  ok: 0,
  /** `check`: something at or above `--fail-on` failed. */
  failed: 1,
  /**
   * `preview`: the draft principle is invalid, found locally or by the
   * backend. `facts push`: the backend refused the facts (400: an unknown
   * key or a value of the wrong type; 403: an entity the token may not read).
   */
  rejected: 1,
  /**
   * Usage, input, network or credentials error: the run could not be
   * trusted, so nothing was reported.
   */
  usage: 2,
} as const;
