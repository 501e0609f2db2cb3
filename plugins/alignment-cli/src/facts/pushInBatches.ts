import type {
  FactPush,
  FactPushResponse,
} from '@lodestar/backstage-plugin-alignment-common';
import { requestFactPush } from './requestFactPush';
import { canonicalEntityRef } from './validatePush';

/** The most pushes the backend takes in one request. */
export const MAX_ITEMS_PER_REQUEST = 1000;

/** Items `first` to `last` of the input, counted from 1. */
export interface ItemRange {
  first: number;
  last: number;
}

/** What happened to all the pushes. */
export type PushRunOutcome =
  /** Every request was accepted; the counts are summed over them. */
  | { kind: 'ok'; total: FactPushResponse; entities: number; requests: number }
  /**
   * A request was refused (`rejected`, with the backend's message) or could
   * not be made (`failed`). The requests before it were accepted, with the
   * counts in `before`; the ones after it were not sent.
   */
  | {
      kind: 'rejected' | 'failed';
      message: string;
      status?: number;
      range: ItemRange;
      items: number;
      before: FactPushResponse;
    };

function add(a: FactPushResponse, b: FactPushResponse): FactPushResponse {
  return {
    accepted: a.accepted + b.accepted,
    duplicates: a.duplicates + b.duplicates,
    reevaluating: a.reevaluating + b.reevaluating,
  };
}

/** The number of different entities the pushes are about. */
export function countEntities(pushes: FactPush[]): number {
  return new Set(pushes.map(p => canonicalEntityRef(p.entityRef))).size;
}

/**
 * Sends the pushes in requests of at most {@link MAX_ITEMS_PER_REQUEST},
 * one after the other, and stops at the first that is not accepted: later
 * ones would most likely fail the same way, and a CI log with one clear
 * error is easier to act on.
 */
export async function pushInBatches(options: {
  baseUrl: string;
  token: string;
  pushes: FactPush[];
}): Promise<PushRunOutcome> {
  const { pushes } = options;
  let total: FactPushResponse = { accepted: 0, duplicates: 0, reevaluating: 0 };
  let requests = 0;
  for (let start = 0; start < pushes.length; start += MAX_ITEMS_PER_REQUEST) {
    const items = pushes.slice(start, start + MAX_ITEMS_PER_REQUEST);
    const outcome = await requestFactPush({ ...options, items });
    if (outcome.kind !== 'ok') {
      return {
        ...outcome,
        range: { first: start + 1, last: start + items.length },
        items: pushes.length,
        before: total,
      };
    }
    total = add(total, outcome.response);
    requests += 1;
  }
  const entities = countEntities(pushes);
  // An entity whose pushes span two requests is re-evaluated after each,
  // and counted by each; it is still one scorecard.
  total.reevaluating = Math.min(total.reevaluating, entities);
  return { kind: 'ok', total, entities, requests };
}
