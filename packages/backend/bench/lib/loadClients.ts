import autocannon from 'autocannon';
import type { BenchBackend } from './BenchBackend';

/** Response times (sorted, ms) and failures of one load. */
export interface LoadResult {
  times: number[];
  errors: number;
  requests: number;
}

/** The p-th percentile of sorted response times. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

/**
 * Starts `connections` clients on loopback requesting `paths` in turn as the
 * guest, for `seconds`, or until `stop()` when `seconds` is omitted. Every
 * response time is kept, so percentiles are computed, not estimated.
 */
export async function startLoad(
  backend: BenchBackend,
  paths: string[],
  options: { connections: number; seconds?: number },
): Promise<{ done: Promise<LoadResult>; stop: () => void }> {
  const token = await backend.userToken();
  const times: number[] = [];
  let next = 0;
  let instance: autocannon.Instance | undefined;
  const done = new Promise<LoadResult>((resolve, reject) => {
    const started = autocannon(
      {
        url: backend.baseUrl,
        connections: options.connections,
        // Long enough to be stopped by hand when no duration is given.
        duration: options.seconds ?? 3600,
        timeout: 10,
        headers: { authorization: `Bearer ${token}` },
        requests: [
          {
            setupRequest: request => ({
              ...request,
              path: paths[next++ % paths.length],
            }),
          },
        ],
      },
      (error, result) =>
        error
          ? reject(error)
          : resolve({
              times: times.sort((a, b) => a - b),
              errors: result.errors + result.timeouts + result.non2xx,
              requests: result.requests.total,
            }),
    );
    started.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
    });
    instance = started;
  });
  return { done, stop: () => instance?.stop() };
}
