import type { Entity } from '@backstage/catalog-model';
import type { PrinciplePreview } from '@lodestar/backstage-plugin-alignment-common';
import {
  alignmentEndpoint,
  backstageErrorMessage,
  describeRedirect,
  postJson,
} from '../backend/postJson';

/** What the backend made of the request. */
export type PreviewOutcome =
  /** The preview ran. */
  | { kind: 'ok'; preview: PrinciplePreview }
  /** The backend rejected the draft (400), with its message. */
  | { kind: 'rejected'; message: string }
  /** Anything else: unreachable, refused credentials, an unexpected answer. */
  | { kind: 'failed'; message: string };

/** How long to wait for the backend: it evaluates the whole catalog. */
const TIMEOUT_MS = 120_000;

function isPreview(value: unknown): value is PrinciplePreview {
  const v = value as Partial<PrinciplePreview> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.principleRef === 'string' &&
    typeof v.applies === 'number' &&
    Array.isArray(v.byOwner) &&
    Array.isArray(v.levelChanges) &&
    Array.isArray(v.failing)
  );
}

function parsePreview(body: string): PrinciplePreview | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return isPreview(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function describeFailure(status: number, message: string | undefined): string {
  const detail = message ? `: ${message}` : '';
  switch (status) {
    case 401:
      return `the backend did not accept the token (401)${detail}; pass a valid Backstage token with --token or LODESTAR_TOKEN`;
    case 403:
      return `you are not allowed to preview principles (403): the token's principal needs the lodestar.principle.preview permission${detail}`;
    case 404:
      return `no preview endpoint there (404)${detail}; --url must be the Backstage backend's base URL, with the Lodestar backend plugin installed`;
    default:
      return `the backend answered ${status}${detail}`;
  }
}

/**
 * Sends the draft to `POST <baseUrl>/api/alignment/preview` with the token
 * as a bearer token. Never throws for what the network or the backend does;
 * the outcome says what happened.
 */
export async function requestPreview(options: {
  baseUrl: string;
  token: string;
  principle: Entity;
}): Promise<PreviewOutcome> {
  const endpoint = alignmentEndpoint(options.baseUrl, 'preview');
  const result = await postJson({
    endpoint,
    token: options.token,
    body: { principle: options.principle },
    timeoutMs: TIMEOUT_MS,
  });
  if (result.kind === 'unreachable') {
    return { kind: 'failed', message: result.message };
  }

  const { status, body, location } = result;
  if (status === 400) {
    return {
      kind: 'rejected',
      message:
        backstageErrorMessage(body) ?? 'the backend rejected the draft (400)',
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
  const preview = parsePreview(body);
  if (!preview) {
    return {
      kind: 'failed',
      message: `${endpoint} did not answer with a principle preview; is --url the Backstage backend's base URL?`,
    };
  }
  return { kind: 'ok', preview };
}
