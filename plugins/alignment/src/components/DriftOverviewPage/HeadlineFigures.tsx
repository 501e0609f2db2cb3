import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { AlignmentOverview } from '@lodestar/backstage-plugin-alignment-common';
import { ScoreGauge } from '../common/ScoreGauge';
import { FilterLink } from './FilterLink';
import { LevelCountLink } from './LevelCountLink';
import { entitiesEvaluated } from './runText';

const useStyles = makeStyles(theme => ({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(3),
  },
  levels: { display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5) },
  divider: { marginTop: theme.spacing(2) },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    gap: theme.spacing(2),
    marginTop: theme.spacing(2),
  },
}));

/** A percentage to one decimal at most, or '—' when nothing was measured. */
export function formatPercent(value: number | null): string {
  if (value === null) return '—';
  return `${Math.round(value * 10) / 10}%`;
}

function Figure(props: { value: number | null; label: string }) {
  return (
    <Box>
      <Typography variant="h5" component="p">
        {formatPercent(props.value)}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {props.label}
      </Typography>
    </Box>
  );
}

/**
 * The org's headline figures: score, entities per level (each a link that
 * filters the table) and the ownership, intent and revalidation rates; the
 * entities still to revalidate are one click away.
 */
export function HeadlineFigures(props: { overview: AlignmentOverview }) {
  const classes = useStyles();
  const { overview } = props;
  return (
    <InfoCard
      title="Where the estate stands"
      subheader={entitiesEvaluated(overview.entities)}
    >
      <Box className={classes.row}>
        {overview.score === null ? (
          <Typography variant="h4">—</Typography>
        ) : (
          <ScoreGauge score={overview.score} />
        )}
        <Box
          className={classes.levels}
          role="group"
          aria-label="Entities by level"
        >
          <LevelCountLink level="aligned" count={overview.levels.aligned} />
          <LevelCountLink level="at-risk" count={overview.levels.atRisk} />
          <LevelCountLink level="drifting" count={overview.levels.drifting} />
        </Box>
      </Box>
      <Divider className={classes.divider} />
      <Box className={classes.figures}>
        <Figure
          value={overview.validOwnerPercent}
          label="have a valid owning team"
        />
        <Figure
          value={overview.activeObjectivePercent}
          label="serve an active objective"
        />
        <Box>
          <Figure
            value={overview.needsRevalidationPercent}
            label="need revalidation since the last strategy revision"
          />
          {Boolean(overview.needsRevalidationPercent) && (
            <FilterLink filter={{ needsRevalidation: true }}>
              <Typography variant="body2">List them</Typography>
            </FilterLink>
          )}
        </Box>
      </Box>
    </InfoCard>
  );
}
