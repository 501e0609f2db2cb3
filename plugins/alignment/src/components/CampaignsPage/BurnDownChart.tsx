import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import type { CampaignBurnDownPoint } from '@lodestar/backstage-plugin-alignment-common';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

type ChartPoint = { time: number; open?: number; ideal?: number };

/**
 * The recorded days on a time axis from the campaign's start to its
 * deadline, with the ideal line carried out to both ends: the line runs from
 * the start to zero at the deadline, and the days recorded so far sit
 * against it.
 */
export function chartPoints(
  points: CampaignBurnDownPoint[],
  startsAt: string,
  deadline: string,
): ChartPoint[] {
  const start = Date.parse(startsAt);
  const end = Date.parse(deadline);
  const recorded: ChartPoint[] = points.map(p => ({
    time: Date.parse(p.day),
    open: p.open,
    ideal: p.ideal,
  }));
  const first = recorded[0];
  if (!first || !(end > start)) return recorded;
  // The backend's line is straight to zero at the deadline: its value on
  // the start day follows from any recorded day before the deadline.
  const before = recorded.find(p => p.time < end);
  const startIdeal = before
    ? Math.round(((before.ideal ?? 0) * (end - start)) / (end - before.time))
    : undefined;
  const ends: ChartPoint[] = [];
  if (first.time > start && startIdeal !== undefined)
    ends.push({ time: start, ideal: startIdeal });
  const last = recorded[recorded.length - 1];
  const tail: ChartPoint[] = last.time < end ? [{ time: end, ideal: 0 }] : [];
  return [...ends, ...recorded, ...tail];
}

/**
 * Open entities by day against the straight line to zero at the deadline:
 * above the line the campaign is behind.
 */
export function BurnDownChart(props: {
  points: CampaignBurnDownPoint[];
  /** The campaign's start and deadline, YYYY-MM-DD: the ends of the time axis. */
  startsAt: string;
  deadline: string;
  /** True when the backend left the burn-down out for this caller. */
  withheld?: boolean;
  height?: number;
}) {
  const theme = useTheme();
  const { points } = props;
  if (props.withheld) {
    return (
      <Typography variant="body2" color="textSecondary">
        The burn-down counts entities you may not all see, so it is not shown to
        you. The counts and lists on this page cover what you may see.
      </Typography>
    );
  }
  if (points.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No days recorded yet: the burn-down starts with the first evaluation
        after the campaign starts.
      </Typography>
    );
  }
  const last = points[points.length - 1];
  return (
    <>
      <Box height={props.height ?? 260} data-testid="campaign-burn-down">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={chartPoints(points, props.startsAt, props.deadline)}
            margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={dayOf}
              minTickGap={24}
            />
            <YAxis allowDecimals={false} width={36} />
            <Tooltip labelFormatter={label => dayOf(Number(label))} />
            <Legend />
            <Line
              type="stepAfter"
              dataKey="open"
              name="Open"
              stroke={theme.palette.primary.main}
              strokeWidth={2}
              dot={{ r: points.length < 2 ? 5 : 2 }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              type="linear"
              dataKey="ideal"
              name="Ideal"
              stroke={theme.palette.text.secondary}
              strokeDasharray="4 4"
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </Box>
      {/* The chart is an image to a screen reader; the latest day in words is the gist. */}
      <Typography variant="caption" color="textSecondary">
        On {last.day}: {last.open} open of {last.inScope} in scope, against{' '}
        {Math.round(last.ideal)} on the ideal line (
        {points.length === 1 ? '1 day' : `${points.length} days`} recorded).
      </Typography>
    </>
  );
}
