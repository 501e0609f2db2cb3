/*
 * Preloaded into a benchmarked backend (node --require) to measure what can
 * only be measured from inside: how long the event loop was blocked. Every
 * 100 ms it writes to LODESTAR_PROBE_FILE the longest and 99th-percentile
 * event-loop delay since the last reset; SIGUSR2 resets them, so the
 * driver measures one evaluation run at a time. (Memory is read from
 * outside, from /proc.)
 */
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { writeFileSync } = require('node:fs');

const file = process.env.LODESTAR_PROBE_FILE;
if (file) {
  // The histogram records how late each 10 ms tick fired: its maximum is
  // the longest stretch in which the loop could not run anything else.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let resets = 0;
  const write = () =>
    writeFileSync(
      file,
      JSON.stringify({
        resets,
        maxDelayMs: delay.max / 1e6,
        p99DelayMs: delay.percentile(99) / 1e6,
      }),
    );
  setInterval(write, 100).unref();
  process.on('SIGUSR2', () => {
    delay.reset();
    resets += 1;
    write();
  });
}
