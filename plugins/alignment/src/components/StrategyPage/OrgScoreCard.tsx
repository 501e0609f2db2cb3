import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type {
  RevisionMark,
  StrategyPageData,
} from '@lodestar/backstage-plugin-alignment-common';
import { ScoreOverTimeChart } from '../common/ScoreOverTimeChart';
import { toTrendData } from '../common/trendData';
import { withheldText } from './withheldText';

/**
 * The organisation's score per day with the strategy's revisions as dashed
 * lines: the strategy changes on a date, the estate follows slowly, and
 * the distance between the two is the realignment still to do.
 */
export function OrgScoreCard(props: {
  trend: StrategyPageData['scoreTrend'];
  revisions: RevisionMark[];
}) {
  const { trend, revisions } = props;
  let body;
  if (trend.withheld) {
    body = (
      <Typography variant="body2" color="textSecondary">
        {withheldText("The organisation's score")}
      </Typography>
    );
  } else if (trend.points.length === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        No score yet: the line starts with the first daily evaluation run.
      </Typography>
    );
  } else {
    body = (
      <ScoreOverTimeChart
        data={toTrendData(trend, revisions)}
        seriesName="Org score"
      />
    );
  }
  return (
    <InfoCard
      title="Org score over time"
      subheader="One point per day; dashed lines mark this strategy's revisions"
    >
      {body}
    </InfoCard>
  );
}
