import { Theme, alpha } from '@material-ui/core/styles';

/** The band a pass rate falls in; the heatmap legend names the same bands. */
export type PassBand = 'good' | 'fair' | 'poor';

export const PASS_BANDS: Array<{ band: PassBand; label: string }> = [
  { band: 'good', label: '90% or more' },
  { band: 'fair', label: '70–89%' },
  { band: 'poor', label: 'under 70%' },
];

export function passBand(rate: number): PassBand {
  if (rate >= 90) return 'good';
  if (rate >= 70) return 'fair';
  return 'poor';
}

/**
 * Cell backgrounds per band: tinted rather than solid so the number on top
 * keeps its contrast in light and dark themes.
 */
export function passBandStyles(
  theme: Theme,
): Record<PassBand, { backgroundColor: string }> {
  const tint = theme.palette.type === 'dark' ? 0.35 : 0.22;
  return {
    good: { backgroundColor: alpha(theme.palette.success.main, tint) },
    fair: { backgroundColor: alpha(theme.palette.warning.main, tint) },
    poor: { backgroundColor: alpha(theme.palette.error.main, tint + 0.1) },
  };
}
