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

/**
 * Open entities by day against the straight line to zero at the deadline:
 * above the line the campaign is behind. The day is a category axis because
 * the backend sends one point per day already.
 */
export function BurnDownChart(props: {
  points: CampaignBurnDownPoint[];
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
            data={points}
            margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" minTickGap={24} />
            <YAxis allowDecimals={false} width={36} />
            <Tooltip />
            <Legend />
            <Line
              type="stepAfter"
              dataKey="open"
              name="Open"
              stroke={theme.palette.primary.main}
              strokeWidth={2}
              dot={{ r: points.length < 2 ? 5 : 2 }}
              isAnimationActive={false}
            />
            <Line
              type="linear"
              dataKey="ideal"
              name="Ideal"
              stroke={theme.palette.text.secondary}
              strokeDasharray="4 4"
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </Box>
      {/* The chart is an image to a screen reader; the latest day in words is the gist. */}
      <Typography variant="caption" color="textSecondary">
        On {last.day}: {last.open} open of {last.inScope} in scope, against{' '}
        {Math.round(last.ideal)} on the ideal line ({points.length} days).
      </Typography>
    </>
  );
}
