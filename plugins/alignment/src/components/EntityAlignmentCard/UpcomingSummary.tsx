import Typography from '@material-ui/core/Typography';
import type { CheckResult } from '@lodestar/backstage-plugin-alignment-common';

/**
 * One line on the card about principles announced but not in effect yet:
 * how many this entity would fail and from when the first of them counts,
 * so an owner hears of them before they move the score.
 */
export function UpcomingSummary(props: { checks: CheckResult[] }) {
  const upcoming = props.checks.filter(c => c.status === 'upcoming');
  if (upcoming.length === 0) return null;
  const wouldFail = upcoming.filter(c => c.statusWhenEffective === 'fail');
  const first = upcoming
    .map(c => c.effectiveFrom ?? '')
    .filter(Boolean)
    .sort()[0];
  const principles =
    upcoming.length === 1
      ? '1 upcoming principle'
      : `${upcoming.length} upcoming principles`;
  let verdict = 'this entity already complies';
  if (upcoming.length === 1 && wouldFail.length === 1) {
    verdict = 'this entity would fail it today';
  } else if (wouldFail.length > 0) {
    verdict = `this entity would fail ${wouldFail.length} of them today`;
  }
  return (
    <Typography variant="body2" color="textSecondary">
      {principles}
      {first && `, counting from ${first}`}: {verdict}. Not in the score yet.
    </Typography>
  );
}
