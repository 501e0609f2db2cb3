import Box from '@material-ui/core/Box';
import { useTheme } from '@material-ui/core/styles';
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
import { formatDay, TrendData } from './trendData';

/**
 * A 0–100 score on a time axis with strategy revisions as dashed lines, so
 * the moment the strategy changed sits next to how the score followed.
 * Shared by the entity tab and the drift page.
 */
export function ScoreOverTimeChart(props: {
  data: TrendData;
  seriesName: string;
  /** Steps for results that change at a point in time; curves for daily means. */
  stepped?: boolean;
  height?: number;
}) {
  const theme = useTheme();
  const { points, revisions, domain } = props.data;
  return (
    <Box height={props.height ?? 240}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={points}
          margin={{ top: 24, right: 24, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            tickFormatter={formatDay}
            minTickGap={24}
          />
          <YAxis domain={[0, 100]} width={36} />
          <Tooltip
            labelFormatter={t => formatDay(Number(t))}
            formatter={(value: number) => [value, props.seriesName]}
          />
          {revisions.map(r => (
            <ReferenceLine
              key={`${r.strategyRef}-${r.date}`}
              x={r.t}
              stroke={theme.palette.secondary.main}
              strokeDasharray="4 4"
              label={{
                value: `${r.date} ${r.trigger}`,
                position: 'insideTopLeft',
                fontSize: 11,
                fill: theme.palette.text.secondary,
              }}
            />
          ))}
          <Line
            type={props.stepped ? 'stepAfter' : 'monotone'}
            dataKey="score"
            name={props.seriesName}
            stroke={theme.palette.primary.main}
            strokeWidth={2}
            dot={{ r: points.length < 2 ? 5 : 3 }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
}
