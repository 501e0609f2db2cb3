import Typography from '@material-ui/core/Typography';
import type { CheckResult } from '@lodestar/backstage-plugin-alignment-common';

const VERDICTS: Record<
  NonNullable<CheckResult['statusWhenEffective']>,
  string
> = {
  pass: 'It would pass today.',
  fail: 'It would fail today.',
  error: 'It errs today, so fix the rule or its data before then.',
  'no-data': 'It has no data today, so push the fact it reads before then.',
};

/**
 * For a principle that is not in effect yet: the date it starts to count
 * and how the entity would fare, said as a forecast in neutral text, not as
 * a failure, since it does not count in the score or level until then.
 */
export function UpcomingNote(props: { check: CheckResult }) {
  const { effectiveFrom, statusWhenEffective } = props.check;
  return (
    <Typography variant="body2" color="textSecondary">
      {effectiveFrom
        ? `Counts from ${effectiveFrom}; until then it is not in the score.`
        : 'Not in effect yet, so it is not in the score.'}{' '}
      {statusWhenEffective && VERDICTS[statusWhenEffective]}
    </Typography>
  );
}
