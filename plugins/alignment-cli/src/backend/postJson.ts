/** What came back from a POST to the backend. */
export type PostResult =
  /** The backend answered, whatever the status. */
  | { kind: 'answered'; status: number; body: string; location?: string }
  /** No answer: DNS, connection, TLS or timeout failure. */
  | { kind: 'unreachable'; message: string };

/** An endpoint of the Lodestar backend plugin under a Backstage backend's base URL. */
export function alignmentEndpoint(baseUrl: string, route: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/alignment/${route}`;
}

/** The message of Backstage's error body, `{ error: { name, message } }`. */
export function backstageErrorMessage(body: string): string | undefined {
  try {
    const message = JSON.parse(body)?.error?.message;
    return typeof message === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
}

/** Why a redirect is refused, naming where it pointed. */
export function describeRedirect(
  endpoint: string,
  status: number,
  location: string | undefined,
): string {
  return `${endpoint} redirects (${status})${
    location ? ` to ${location}` : ''
  }; give the backend's final URL with --url`;
}

/**
 * Posts a JSON body with the token as a bearer token. Never throws for what
 * the network or the backend does. Redirects are not followed, so the token
 * only ever goes to the URL given.
 */
export async function postJson(options: {
  endpoint: string;
  token: string;
  body: unknown;
  timeoutMs: number;
}): Promise<PostResult> {
  try {
    const response = await fetch(options.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${options.token}`,
      },
      body: JSON.stringify(options.body),
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const body = await response.text();
    const location = response.headers.get('location') ?? undefined;
    return { kind: 'answered', status: response.status, body, location };
  } catch (error) {
    const cause = (error as { cause?: { message?: string } })?.cause?.message;
    const reason = cause ?? (error as Error)?.message ?? String(error);
    return {
      kind: 'unreachable',
      message: `cannot reach ${options.endpoint}: ${reason}`,
    };
  }
}
