import { InfoCard } from '@backstage/core-components';
import { useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import type { ScoreHistory } from '@lodestar/backstage-plugin-alignment-common';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** The entity's score over time, with strategy revisions marked. */
export function ScoreTrendChart(props: { history: ScoreHistory }) {
  const theme = useTheme();
  const points = props.history.points.map(p => ({
    day: p.recordedAt.slice(0, 10),
    score: p.score,
  }));
  const days = new Set(points.map(p => p.day));
  return (
    <InfoCard
      title="Score over time"
      subheader="A point is recorded whenever the result changes"
    >
      {points.length < 2 && (
        <Typography variant="body2" color="textSecondary">
          {points.length === 0
            ? 'No history yet.'
            : 'One point so far; the line grows as the result changes.'}
        </Typography>
      )}
      <ResponsiveContainer width="100%" height={220}>
        <LineChart
          data={points}
          margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" />
          <YAxis domain={[0, 100]} />
          <Tooltip />
          {props.history.revisions
            .filter(
              r =>
                days.has(r.date) ||
                (points.length > 0 && r.date >= points[0].day),
            )
            .map(r => (
              <ReferenceLine
                key={`${r.strategyRef}-${r.date}`}
                x={r.date}
                stroke={theme.palette.secondary.main}
                strokeDasharray="4 4"
                label={{
                  value: `${r.date} ${r.trigger}`,
                  position: 'insideTopLeft',
                  fontSize: 11,
                }}
              />
            ))}
          <Line
            type="stepAfter"
            dataKey="score"
            stroke={theme.palette.primary.main}
            dot
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </InfoCard>
  );
}
