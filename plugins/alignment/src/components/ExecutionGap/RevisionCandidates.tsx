import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ExecutionGapRow } from '@lodestar/backstage-plugin-alignment-common';
import { formatPercent } from '../DriftOverviewPage/HeadlineFigures';

const useStyles = makeStyles(theme => ({
  group: {
    height: '100%',
    padding: theme.spacing(1.5, 2),
    borderLeft: `4px solid ${theme.palette.warning.main}`,
    backgroundColor: theme.palette.action.hover,
    borderRadius: theme.shape.borderRadius,
  },
  list: { margin: theme.spacing(1, 0, 0), paddingLeft: theme.spacing(2.5) },
}));

const GROUPS = [
  {
    quadrant: 'aligned-off-track',
    title: 'Aligned but off track',
    explanation:
      'Their supporting services are aligned, yet the outcome is off track: here the strategy, not the code, may need the next revision.',
    none: 'No active objective is aligned but off track.',
  },
  {
    quadrant: 'drifting-on-track',
    title: 'Drifting but on track',
    explanation:
      'The outcome is on track although their supporting services drift: here the strategy, not the code, may need the next revision.',
    none: 'No active objective is drifting but on track.',
  },
] as const;

function Group(props: {
  title: string;
  explanation: string;
  none: string;
  rows: ExecutionGapRow[];
}) {
  const classes = useStyles();
  return (
    <Box className={classes.group} role="region" aria-label={props.title}>
      <Typography variant="subtitle2" component="h3">
        {props.title} ({props.rows.length})
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {props.explanation}
      </Typography>
      {props.rows.length === 0 ? (
        <Typography variant="body2" style={{ marginTop: 8 }}>
          {props.none}
        </Typography>
      ) : (
        <ul className={classes.list}>
          {props.rows.map(row => (
            <li key={row.objectiveRef}>
              <Typography variant="body2" component="span">
                <EntityRefLink
                  entityRef={row.objectiveRef}
                  defaultKind="objective"
                >
                  {row.title}
                </EntityRefLink>
                {` · mean score ${row.meanScore ?? '—'}, ${formatPercent(
                  row.driftingShare,
                )} drifting`}
              </Typography>
            </li>
          ))}
        </ul>
      )}
    </Box>
  );
}

/**
 * The objectives where alignment and outcome disagree, side by side: the
 * services do what the strategy asks and the outcome still misses, or the
 * outcome is met by services that do otherwise. Either way the strategy
 * is the thing to question.
 */
export function RevisionCandidates(props: { rows: ExecutionGapRow[] }) {
  return (
    <Grid container spacing={2}>
      {GROUPS.map(group => (
        <Grid item xs={12} md={6} key={group.quadrant}>
          <Group
            title={group.title}
            explanation={group.explanation}
            none={group.none}
            rows={props.rows.filter(r => r.quadrant === group.quadrant)}
          />
        </Grid>
      ))}
    </Grid>
  );
}
