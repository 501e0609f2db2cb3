import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { UserTeam } from '@lodestar/backstage-plugin-alignment-common';
import { shortRef } from '../common';
import { entitiesEvaluated } from '../DriftOverviewPage/runText';
import { useAlignmentTabLink } from '../DriftOverviewPage/alignmentLinks';
import { ExpiringSoonNote } from './ExpiringSoonNote';
import { LevelCountList } from './LevelCountList';

/** "No failing check", "1 failing check", "57 failing checks". */
export function failingChecksText(count: number): string {
  if (count === 0) return 'No failing check';
  return `${count} failing check${count === 1 ? '' : 's'}`;
}

/** One of a user's teams: its figures, and a link to its Alignment tab. */
export function UserTeamSummary(props: { team: UserTeam }) {
  const { team } = props;
  const linkTo = useAlignmentTabLink();
  const tab = linkTo(team.groupRef);
  return (
    <Box>
      <Box
        display="flex"
        alignItems="baseline"
        flexWrap="wrap"
        style={{ gap: 12 }}
      >
        <Typography variant="subtitle1" component="h3">
          <EntityRefLink entityRef={team.groupRef} defaultKind="group" />
        </Typography>
        {tab && (
          <Link
            to={tab}
            variant="body2"
            aria-label={`Alignment of ${shortRef(team.groupRef)}`}
          >
            Alignment
          </Link>
        )}
      </Box>
      <Typography variant="body2">
        {entitiesEvaluated(team.entities)}
        {team.score !== null && `, mean score ${team.score}/100`}
      </Typography>
      <Box my={1}>
        <LevelCountList levels={team.levels} />
      </Box>
      <Box display="flex" flexWrap="wrap" style={{ gap: 16 }}>
        <Typography
          variant="body2"
          component="span"
          color={team.failingChecks > 0 ? 'textPrimary' : 'textSecondary'}
        >
          {failingChecksText(team.failingChecks)}
        </Typography>
        <ExpiringSoonNote count={team.expiringSoon} />
      </Box>
    </Box>
  );
}
