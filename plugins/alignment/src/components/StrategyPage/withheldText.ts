/**
 * Why a series is missing for this caller: it is computed over entities
 * they may not all see, and only the aggregates permission shows it.
 */
export function withheldText(what: string): string {
  return `${what} counts entities you may not see, so it is shown only to people with the lodestar.aggregates.read permission. Ask your Backstage administrator for it if you need this view.`;
}
