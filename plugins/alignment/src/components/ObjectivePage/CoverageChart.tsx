import Box from '@material-ui/core/Box';
import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CoveragePoint } from '@lodestar/backstage-plugin-alignment-common';
import { formatDay, toTrendData } from '../common/trendData';

/**
 * The number of entities serving the objective per day. A count, not a
 * 0–100 score, so it has its own axis rather than the score chart's.
 */
export function CoverageChart(props: { points: CoveragePoint[] }) {
  const theme = useTheme();
  const { points, domain } = toTrendData({ points: props.points }, []);
  return (
    <Box height={200} aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={points}
          margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
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
          <YAxis allowDecimals={false} width={36} />
          <Tooltip
            labelFormatter={t => formatDay(Number(t))}
            formatter={(value: number) => [value, 'Supporting entities']}
          />
          <Line
            type="stepAfter"
            dataKey="entities"
            name="Supporting entities"
            stroke={theme.palette.primary.main}
            strokeWidth={2}
            dot={{ r: points.length < 2 ? 5 : 2 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
}
