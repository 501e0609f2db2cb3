import type { Scorecard } from '@lodestar/backstage-plugin-alignment-common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchBackend } from './BenchBackend';
import { factItems, ObservationClock } from './factItems';
import { pushFacts } from './factPushes';

/** How long a push's scorecard is waited for before it counts as missed. */
export const SCORECARD_GIVE_UP_MS = 30_000;

/** How long pushed facts took to show in scorecards. */
export interface ScorecardLatency {
  /** Time from sending each push to its new scorecard, sorted (ms); Infinity when missed. */
  times: number[];
  /** Pushes whose scorecard did not change in time. */
  missed: number;
}

/**
 * One push of one entity's facts after another, each to a different
 * entity: for each, the time from sending the push until the entity's
 * scorecard says it was evaluated after the push was sent, polled every
 * `pollMs`. A scorecard not changed after `giveUpMs` counts as missed.
 */
export async function pushToScorecard(
  backend: BenchBackend,
  entityRefs: string[],
  clock: ObservationClock,
  options: { pollMs?: number; giveUpMs?: number } = {},
): Promise<ScorecardLatency> {
  const { pollMs = 50, giveUpMs = SCORECARD_GIVE_UP_MS } = options;
  const times: number[] = [];
  let missed = 0;
  for (const [index, ref] of entityRefs.entries()) {
    const path = `/api/alignment/scorecards/${ref.replace(':', '/')}`;
    const sentAt = Date.now();
    await pushFacts(backend, factItems([ref], clock.next(), index));
    for (;;) {
      const { evaluatedAt } = await backend.api<Scorecard>(path);
      const now = Date.now();
      if (Date.parse(evaluatedAt) > sentAt) {
        times.push(now - sentAt);
        break;
      }
      if (now - sentAt > giveUpMs) {
        times.push(Infinity);
        missed++;
        break;
      }
      await sleep(pollMs);
    }
  }
  return { times: times.sort((a, b) => a - b), missed };
}
