import type {
  FactPush,
  FactPushResponse,
} from '@lodestar/backstage-plugin-alignment-common';
import {
  alignmentEndpoint,
  backstageErrorMessage,
  describeRedirect,
  postJson,
} from '../backend/postJson';

/** What the backend made of one request. */
export type FactPushOutcome =
  /** Every value was stored or recognised as a duplicate. */
  | { kind: 'ok'; response: FactPushResponse }
  /**
   * The backend refused the facts, with its message: 400 for an unknown key
   * or a value of the wrong type, 403 for an entity the token may not read.
   */
  | { kind: 'rejected'; status: number; message: string }
  /** Anything else: unreachable, refused credentials, an unexpected answer. */
  | { kind: 'failed'; message: string };

// Storing values and queuing re-evaluations is quick; a backend that takes
// longer is stuck, and CI should not wait on it for minutes.
const TIMEOUT_MS = 60_000;

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function parseResponse(body: string): FactPushResponse | undefined {
  try {
    const value = JSON.parse(body) as Partial<FactPushResponse> | null;
    if (
      value &&
      isCount(value.accepted) &&
      isCount(value.duplicates) &&
      isCount(value.reevaluating)
    ) {
      return {
        accepted: value.accepted!,
        duplicates: value.duplicates!,
        reevaluating: value.reevaluating!,
      };
    }
    return undefined;
  } catch {
    return undefined;
  }
}

function describeFailure(status: number, message: string | undefined): string {
  const detail = message ? `: ${message}` : '';
  switch (status) {
    case 401:
      return `the backend did not accept the token (401)${detail}; pass a valid Backstage token with --token or LODESTAR_TOKEN`;
    case 404:
      return `no facts endpoint there (404)${detail}; --url must be the Backstage backend's base URL, with a Lodestar backend plugin that takes facts`;
    case 413:
      return `the backend found the request too large (413)${detail}`;
    default:
      return `the backend answered ${status}${detail}`;
  }
}

/**
 * Sends up to 1000 pushes to `POST <baseUrl>/api/alignment/facts` as
 * `{ items }`, with the token as a bearer token. Never throws for what the
 * network or the backend does; the outcome says what happened.
 */
export async function requestFactPush(options: {
  baseUrl: string;
  token: string;
  items: FactPush[];
}): Promise<FactPushOutcome> {
  const endpoint = alignmentEndpoint(options.baseUrl, 'facts');
  const result = await postJson({
    endpoint,
    token: options.token,
    body: { items: options.items },
    timeoutMs: TIMEOUT_MS,
  });
  if (result.kind === 'unreachable') {
    return { kind: 'failed', message: result.message };
  }

  const { status, body, location } = result;
  if (status === 400 || status === 403) {
    return {
      kind: 'rejected',
      status,
      message:
        backstageErrorMessage(body) ??
        `the backend refused the facts (${status})`,
    };
  }
  if (status >= 300 && status < 400) {
    return {
      kind: 'failed',
      message: describeRedirect(endpoint, status, location),
    };
  }
  if (status < 200 || status >= 300) {
    return {
      kind: 'failed',
      message: describeFailure(status, backstageErrorMessage(body)),
    };
  }
  const response = parseResponse(body);
  if (!response) {
    return {
      kind: 'failed',
      message: `${endpoint} did not answer with a fact push result; is --url the Backstage backend's base URL?`,
    };
  }
  return { kind: 'ok', response };
}
