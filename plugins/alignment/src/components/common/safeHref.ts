/**
 * An entity-provided URL, or undefined when it could run script: only
 * http(s), mailto and relative links pass, so `javascript:` and `data:`
 * links in catalog data stay inert.
 * @public
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  if (/^[/?#]/.test(trimmed) && !trimmed.startsWith('//')) return trimmed;
  return undefined;
}
