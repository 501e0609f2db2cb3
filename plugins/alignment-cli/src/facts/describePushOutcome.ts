import { plainLines } from '../preview/plainText';
import type { ItemRange, PushRunOutcome } from './pushInBatches';

type Success = Extract<PushRunOutcome, { kind: 'ok' }>;
type Failure = Exclude<PushRunOutcome, Success>;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function span({ first, last }: ItemRange): string {
  return first === last ? `item ${first}` : `items ${first}–${last}`;
}

/** `items 1–1000 were`, `item 1 was`. */
function spanWas(range: ItemRange): string {
  return `${span(range)} ${range.first === range.last ? 'was' : 'were'}`;
}

/**
 * The line printed when every fact was accepted, e.g. `Accepted 4 facts for
 * 1 entity (0 duplicates); 1 scorecard re-evaluating.`
 */
export function describePushSuccess(outcome: Success): string {
  const { total, entities, requests } = outcome;
  const inRequests = requests > 1 ? ` in ${requests} requests` : '';
  return `Accepted ${plural(total.accepted, 'fact')} for ${plural(
    entities,
    'entity',
    'entities',
  )}${inRequests} (${plural(total.duplicates, 'duplicate')}); ${plural(
    total.reevaluating,
    'scorecard',
  )} re-evaluating.\n`;
}

/**
 * The lines printed when a request was not accepted: the backend's message
 * (printed as plain text, since it repeats what was sent), and, when the
 * pushes took several requests, which items were accepted before it and
 * which were not sent.
 */
export function describePushFailure(outcome: Failure): string[] {
  const { range, items, before } = outcome;
  const batched = range.first > 1 || range.last < items;
  const what = batched ? `${span(range)} of ${items}` : 'the facts';
  const lines =
    outcome.kind === 'rejected'
      ? [
          `lodestar: the backend rejected ${what} (${outcome.status}):`,
          ...plainLines(outcome.message).map(line => `  ${line}`),
        ]
      : plainLines(
          `lodestar: ${batched ? `${spanWas(range)} not pushed: ` : ''}${
            outcome.message
          }`,
        );
  if (!batched) return lines;

  const sent =
    range.first > 1
      ? `${spanWas({
          first: 1,
          last: range.first - 1,
        })} accepted before (${plural(before.accepted, 'fact')}, ${plural(
          before.duplicates,
          'duplicate',
        )})`
      : 'nothing was accepted';
  const unsent =
    range.last < items
      ? `; ${spanWas({ first: range.last + 1, last: items })} not sent`
      : '';
  lines.push(`lodestar: ${sent}${unsent}.`);
  return lines;
}
