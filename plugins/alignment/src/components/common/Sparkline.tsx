import Box from '@material-ui/core/Box';
import { useTheme } from '@material-ui/core/styles';
import { Line, LineChart, YAxis } from 'recharts';
import { formatQuantity } from './formatQuantity';

/** A daily value, oldest first, as facts and measures carry their trends. */
export interface DailyValue {
  day: string;
  value: number;
}

/** The trend in words, for screen readers: the line itself says nothing to them. */
export function sparklineLabel(points: DailyValue[], unit?: string): string {
  const first = points[0];
  const last = points[points.length - 1];
  return `Trend from ${formatQuantity(first.value, unit)} on ${
    first.day
  } to ${formatQuantity(last.value, unit)} on ${last.day}`;
}

/**
 * A small line of daily values with no axes, beside a figure to show which
 * way it is moving. Fixed size, unlike the page's full charts, so a list
 * of them stays light; nothing is drawn for fewer than two points.
 */
export function Sparkline(props: {
  points: DailyValue[];
  unit?: string;
  width?: number;
  height?: number;
}) {
  const theme = useTheme();
  const { points } = props;
  if (points.length < 2) return null;
  return (
    <Box role="img" aria-label={sparklineLabel(points, props.unit)}>
      <LineChart
        width={props.width ?? 120}
        height={props.height ?? 32}
        data={points}
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
      >
        <YAxis hide domain={['dataMin', 'dataMax']} />
        <Line
          type="monotone"
          dataKey="value"
          stroke={theme.palette.primary.main}
          strokeWidth={1.5}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </Box>
  );
}
