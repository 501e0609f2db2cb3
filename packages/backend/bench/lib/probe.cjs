/*
 * Preloaded into a benchmarked backend (node --require) to measure what can
 * only be measured from inside: how long the event loop was blocked. Every
 * 100 ms it writes to LODESTAR_PROBE_FILE the longest and 99th-percentile
 * event-loop delay since the last reset; SIGUSR2 resets them, so the
 * driver measures one evaluation run at a time. (Memory is read from
 * outside, from /proc.)
 *
 * With LODESTAR_PROFILE_DIR set, each reset also closes a CPU profile of
 * the time since the previous one (written there as run-<n>.cpuprofile,
 * for Chrome's DevTools or `node bench/profileSummary.ts`) and starts the
 * next, so one measured run gives one profile.
 */
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { renameSync, writeFileSync } = require('node:fs');

const { isMainThread } = require('node:worker_threads');

// A worker thread started without its own execArgv inherits this preload;
// only the main thread's event loop is measured, and only it writes.
const file = isMainThread ? process.env.LODESTAR_PROBE_FILE : undefined;
if (file) {
  // The histogram records how late each 10 ms tick fired: its maximum is
  // the longest stretch in which the loop could not run anything else.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let resets = 0;
  // Written beside the file and renamed over it, so that a reader never
  // finds it empty or half-written.
  const write = () => {
    writeFileSync(
      `${file}.next`,
      JSON.stringify({
        resets,
        maxDelayMs: delay.max / 1e6,
        p99DelayMs: delay.percentile(99) / 1e6,
      }),
    );
    renameSync(`${file}.next`, file);
  };
  setInterval(write, 100).unref();
  const profiles = startProfiles(process.env.LODESTAR_PROFILE_DIR);
  process.on('SIGUSR2', () => {
    delay.reset();
    resets += 1;
    profiles?.next(resets);
    write();
  });
}

/** Profiles between resets, written to `dir`; none without a directory. */
function startProfiles(dir) {
  if (!dir) return undefined;
  const { Session } = require('node:inspector');
  const { join } = require('node:path');
  const session = new Session();
  session.connect();
  let started = false;
  return {
    next(resets) {
      if (started) {
        session.post('Profiler.stop', (error, result) => {
          if (!error)
            writeFileSync(
              join(dir, `run-${resets - 1}.cpuprofile`),
              JSON.stringify(result.profile),
            );
        });
      }
      session.post('Profiler.enable', () =>
        session.post('Profiler.start', () => {
          started = true;
        }),
      );
    },
  };
}
