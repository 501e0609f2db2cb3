/** Where the backend is and how to authenticate to it. */
export interface BackendSettings {
  /** Base URL of the Backstage backend. */
  url: string;
  /** Backstage token, sent as a bearer token. */
  token: string;
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

/**
 * The backend settings of a command that talks to the backend: `--url` and
 * `--token`, else `LODESTAR_URL` and `LODESTAR_TOKEN`. Flags win over the
 * environment. (The README steers the token to the variable: as a flag it
 * shows in the process list and shell history.) Returns every problem at
 * once when something is missing or the URL is not http(s).
 */
export function resolveBackendSettings(
  options: { url?: string; token?: string },
  env: Record<string, string | undefined>,
): { settings: BackendSettings } | { problems: string[] } {
  const url = options.url ?? env.LODESTAR_URL;
  const token = options.token ?? env.LODESTAR_TOKEN;
  const problems: string[] = [];
  if (!url) {
    problems.push('lodestar: no backend URL; pass --url or set LODESTAR_URL');
  } else if (!/^https?:$/.test(safeProtocol(url))) {
    problems.push(`lodestar: --url must be an http(s) URL, got "${url}"`);
  }
  if (!token) {
    problems.push('lodestar: no token; pass --token or set LODESTAR_TOKEN');
  }
  if (problems.length > 0 || !url || !token) return { problems };
  return { settings: { url, token } };
}
