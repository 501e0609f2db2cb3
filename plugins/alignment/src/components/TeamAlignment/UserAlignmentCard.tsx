import { InfoCard, Progress } from '@backstage/core-components';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { PageLoadError } from '../common/PageLoadError';
import { UserTeamSummary } from './UserTeamSummary';
import { useUserPage } from './useTeamPages';

const TITLE = 'Team alignment';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    padding: theme.spacing(1.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:first-child': { paddingTop: 0 },
  },
  others: { marginTop: theme.spacing(1.5) },
}));

/**
 * A User's teams at a glance for their overview tab: for each team that
 * owns evaluated entities, its figures, failing checks and waivers about to
 * expire, so a member sees what their teams have to do.
 * @public
 */
export function UserAlignmentCard() {
  const classes = useStyles();
  const state = useUserPage();

  if (state.loading) {
    return (
      <InfoCard title={TITLE}>
        <Progress aria-label="Loading the alignment of the user's teams" />
      </InfoCard>
    );
  }
  if (state.error) {
    return (
      <InfoCard title={TITLE}>
        <PageLoadError
          error={state.error}
          what="the alignment of this user's teams"
        />
      </InfoCard>
    );
  }
  const { teams } = state.value!;
  const owning = teams.filter(t => t.entities > 0);
  const others = teams.filter(t => t.entities === 0).map(t => t.groupRef);
  if (owning.length === 0) {
    return (
      <InfoCard title={TITLE}>
        <Typography variant="body2" color="textSecondary">
          Not a member of any team that owns evaluated entities.
        </Typography>
      </InfoCard>
    );
  }
  return (
    <InfoCard title={TITLE} subheader="The teams this user is a member of">
      <ul className={classes.list} aria-label="Teams">
        {owning.map(team => (
          <li key={team.groupRef} className={classes.item}>
            <UserTeamSummary team={team} />
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <>
          <Divider />
          <Typography
            variant="body2"
            color="textSecondary"
            component="div"
            className={classes.others}
          >
            Also a member of, owning no evaluated entities:{' '}
            <EntityRefLinks entityRefs={others} defaultKind="group" />
          </Typography>
        </>
      )}
    </InfoCard>
  );
}
