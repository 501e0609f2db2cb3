import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type {
  PassRatePoint,
  WithheldSeries,
} from '@lodestar/backstage-plugin-alignment-common';
import { ScoreOverTimeChart } from '../common/ScoreOverTimeChart';
import { toTrendData } from '../common/trendData';

/**
 * The pass rate of each day's last whole-catalog run. When the caller may
 * not see every entity the series covers, the backend withholds it and the
 * card says which permission would show it.
 */
export function PassRateTrendCard(props: {
  trend: WithheldSeries<PassRatePoint>;
}) {
  const { trend } = props;
  let body;
  if (trend.withheld) {
    body = (
      <Typography variant="body2">
        The pass rate over time covers entities you may not all see, so it is
        hidden. Seeing it needs the lodestar.aggregates.read permission.
      </Typography>
    );
  } else if (!trend.points.some(p => p.passRate !== null)) {
    body = (
      <Typography variant="body2">
        No daily pass rate yet: one is recorded after each whole-catalog
        evaluation run in which the principle applied to an entity.
      </Typography>
    );
  } else {
    const data = toTrendData(
      { points: trend.points.map(p => ({ day: p.day, score: p.passRate })) },
      [],
    );
    body = <ScoreOverTimeChart data={data} seriesName="Pass rate (%)" />;
  }
  return <InfoCard title="Pass rate over time">{body}</InfoCard>;
}
