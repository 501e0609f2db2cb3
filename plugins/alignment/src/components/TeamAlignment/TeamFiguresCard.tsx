import { InfoCard } from '@backstage/core-components';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { TeamPageData } from '@lodestar/backstage-plugin-alignment-common';
import { ScoreGauge } from '../common';
import { entitiesEvaluated } from '../DriftOverviewPage/runText';
import { LevelCountList } from './LevelCountList';

const useStyles = makeStyles(theme => ({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(3),
  },
  divider: { margin: theme.spacing(2, 0) },
}));

/** "This group only", "The group and its 2 sub-groups". */
export function ownersCountedText(owners: string[]): string {
  const subGroups = owners.length - 1;
  if (subGroups < 1) return 'This group only';
  return `The group and its ${subGroups} sub-group${
    subGroups === 1 ? '' : 's'
  }`;
}

/**
 * The team's headline: mean score, entities per level, and whose entities
 * they are. The owners are named because a parent group's figures silently
 * including its sub-groups would otherwise surprise its lead.
 */
export function TeamFiguresCard(props: { data: TeamPageData }) {
  const classes = useStyles();
  const { figures, owners } = props.data;
  return (
    <InfoCard
      title="Where the team stands"
      subheader={entitiesEvaluated(figures.entities)}
    >
      <Box className={classes.row}>
        {figures.score === null ? (
          <Typography variant="h4">—</Typography>
        ) : (
          <Box>
            <ScoreGauge score={figures.score} />
            <Typography variant="caption" color="textSecondary" component="p">
              Mean of the team's entities
            </Typography>
          </Box>
        )}
        <LevelCountList levels={figures.levels} direction="column" />
      </Box>
      <Divider className={classes.divider} />
      <Typography variant="subtitle2" component="h3">
        Owners counted
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {ownersCountedText(owners)}:
      </Typography>
      <Typography
        variant="body2"
        component="div"
        role="group"
        aria-label="Owners counted"
      >
        <EntityRefLinks entityRefs={owners} defaultKind="group" />
      </Typography>
    </InfoCard>
  );
}
