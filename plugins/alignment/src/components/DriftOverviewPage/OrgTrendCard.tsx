import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { AlignmentOverview } from '@lodestar/backstage-plugin-alignment-common';
import { ScoreOverTimeChart } from '../common/ScoreOverTimeChart';
import { toTrendData } from '../common/trendData';
import { RevisionList } from './RevisionList';

const useStyles = makeStyles(theme => ({
  hint: { marginBottom: theme.spacing(1) },
}));

function trendHint(withheld: boolean | undefined, points: number): string {
  if (withheld) {
    return 'The daily trend covers entities you may not see, so it is not shown to you.';
  }
  return points === 0
    ? 'No trend yet: it starts with the first evaluation run.'
    : 'One run so far: the trend grows with each daily run.';
}

/**
 * The org score per day over the last year, with strategy revisions as
 * dashed lines: the strategy changes at a point in time while the estate
 * catches up slowly, and the gap between the two is the drift.
 */
export function OrgTrendCard(props: { overview: AlignmentOverview }) {
  const classes = useStyles();
  const data = toTrendData(props.overview.trend, props.overview.revisions);
  const { points } = data;
  return (
    <InfoCard
      title="Org score over time"
      subheader="One point per daily run; dashed lines mark strategy revisions"
    >
      {points.length < 2 && (
        <Typography
          variant="body2"
          color="textSecondary"
          className={classes.hint}
        >
          {trendHint(props.overview.trend.withheld, points.length)}
        </Typography>
      )}
      <ScoreOverTimeChart data={data} seriesName="Org score" />
      <RevisionList revisions={props.overview.revisions} />
    </InfoCard>
  );
}
