import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import type { AlignmentOverview } from '@lodestar/backstage-plugin-alignment-common';
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
import { formatDay, toTrendData } from './trendData';
import { RevisionList } from './RevisionList';

const useStyles = makeStyles(theme => ({
  hint: { marginBottom: theme.spacing(1) },
}));

/**
 * The org score per day over the last year, with strategy revisions as
 * dashed lines: the strategy changes at a point in time while the estate
 * catches up slowly, and the gap between the two is the drift.
 */
export function OrgTrendCard(props: { overview: AlignmentOverview }) {
  const classes = useStyles();
  const theme = useTheme();
  const { points, revisions, domain } = toTrendData(
    props.overview.trend,
    props.overview.revisions,
  );
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
          {points.length === 0
            ? 'No trend yet: it starts with the first evaluation run.'
            : 'One run so far: the trend grows with each daily run.'}
        </Typography>
      )}
      <Box height={240}>
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
              formatter={(value: number) => [value, 'Org score']}
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
              type="monotone"
              dataKey="score"
              name="Org score"
              stroke={theme.palette.primary.main}
              strokeWidth={2}
              dot={{ r: points.length < 2 ? 5 : 3 }}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </Box>
      <RevisionList revisions={props.overview.revisions} />
    </InfoCard>
  );
}
