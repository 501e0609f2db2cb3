import type { Entity } from '@backstage/catalog-model';
import type { PrinciplePreview } from '@lodestar/backstage-plugin-alignment-common';

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

/** The preview endpoint under a Backstage backend's base URL. */
export function previewEndpoint(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/alignment/preview`;
}

/** The message of Backstage's error body, `{ error: { name, message } }`. */
function errorMessage(body: string): string | undefined {
  try {
    const message = JSON.parse(body)?.error?.message;
    return typeof message === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
}

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
 * the outcome says what happened. Redirects are not followed, so the token
 * only ever goes to the URL given.
 */
export async function requestPreview(options: {
  baseUrl: string;
  token: string;
  principle: Entity;
}): Promise<PreviewOutcome> {
  const endpoint = previewEndpoint(options.baseUrl);
  let response: Response;
  let body: string;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${options.token}`,
      },
      body: JSON.stringify({ principle: options.principle }),
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    body = await response.text();
  } catch (error) {
    const cause = (error as { cause?: { message?: string } })?.cause?.message;
    const reason = cause ?? (error as Error)?.message ?? String(error);
    return { kind: 'failed', message: `cannot reach ${endpoint}: ${reason}` };
  }

  if (response.status === 400) {
    return {
      kind: 'rejected',
      message: errorMessage(body) ?? 'the backend rejected the draft (400)',
    };
  }
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get('location');
    return {
      kind: 'failed',
      message: `${endpoint} redirects (${response.status})${
        location ? ` to ${location}` : ''
      }; give the backend's final URL with --url`,
    };
  }
  if (!response.ok) {
    return {
      kind: 'failed',
      message: describeFailure(response.status, errorMessage(body)),
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
