import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { ScoreHistory } from '@lodestar/backstage-plugin-alignment-common';
import { ScoreOverTimeChart } from '../common/ScoreOverTimeChart';
import { toTrendData } from '../common/trendData';

/** The entity's score over time, with strategy revisions marked. */
export function ScoreTrendChart(props: { history: ScoreHistory }) {
  const data = toTrendData(
    {
      points: props.history.points.map(p => ({
        day: p.recordedAt,
        score: p.score,
      })),
    },
    props.history.revisions,
  );
  const count = data.points.length;
  return (
    <InfoCard
      title="Score over time"
      subheader="A point is recorded whenever the result changes"
    >
      {count < 2 && (
        <Typography variant="body2" color="textSecondary">
          {count === 0
            ? 'No history yet.'
            : 'One point so far; the line grows as the result changes.'}
        </Typography>
      )}
      <ScoreOverTimeChart data={data} seriesName="Score" stepped height={220} />
    </InfoCard>
  );
}
