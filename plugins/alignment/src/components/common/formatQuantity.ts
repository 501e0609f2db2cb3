const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A number for display: thousands grouped, at most two decimals. */
export function formatNumber(value: number): string {
  // `|| 0` turns -0 (a tiny negative rounded away) into 0, not "-0".
  return NUMBER.format(Number(value.toFixed(2)) || 0);
}

/** A formatted number with its unit: `12%`, `5 deploys per week`, `7`. */
export function withUnit(formatted: string, unit?: string): string {
  if (!unit) return formatted;
  return unit === '%' ? `${formatted}%` : `${formatted} ${unit}`;
}

/** A number with its unit, formatted by {@link formatNumber}. */
export function formatQuantity(value: number, unit?: string): string {
  return withUnit(formatNumber(value), unit);
}
