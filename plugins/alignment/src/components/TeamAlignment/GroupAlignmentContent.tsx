import { InfoCard, Progress } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { CampaignTodosCard } from './CampaignTodosCard';
import { FixFirstList } from './FixFirstList';
import { NoTeamEntities } from './NoTeamEntities';
import { OwnershipLoadCard } from './OwnershipLoadCard';
import { TeamEntitiesCard } from './TeamEntitiesCard';
import { TeamFiguresCard } from './TeamFiguresCard';
import { PageLoadError } from '../common/PageLoadError';
import { TeamWaiversCard } from './TeamWaiversCard';
import { useTeamPage } from './useTeamPages';

/**
 * The Alignment tab of a Group: the figures of what the group and its
 * sub-groups own, those entities lowest score first, the failing checks
 * worth the most points, the open waivers, how spread the team is and
 * what campaigns still need from it.
 * @public
 */
export function GroupAlignmentContent() {
  const state = useTeamPage();
  if (state.loading && !state.value) {
    return <Progress aria-label="Loading the team's alignment" />;
  }
  if (state.error) {
    return (
      <PageLoadError
        error={state.error}
        what="this team's alignment"
        onRetry={state.retry}
      />
    );
  }
  const data = state.value!;
  if (data.figures.entities === 0) {
    return <NoTeamEntities groupRef={data.groupRef} />;
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={6}>
        <TeamFiguresCard data={data} />
      </Grid>
      <Grid item xs={12} md={6}>
        <OwnershipLoadCard load={data.load} />
      </Grid>
      <Grid item xs={12} lg={7}>
        <InfoCard
          title="What to fix first"
          subheader="The failing checks worth the most points"
        >
          <FixFirstList fixes={data.fixFirst} detailed />
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={5}>
        <TeamWaiversCard
          waivers={data.waivers}
          expiringSoon={data.expiringSoon}
        />
      </Grid>
      {/* A backend that predates campaigns sends no to-dos: no card. */}
      {data.campaignTodos && (
        <Grid item xs={12}>
          <CampaignTodosCard todos={data.campaignTodos} />
        </Grid>
      )}
      <Grid item xs={12}>
        <TeamEntitiesCard entities={data.entities} figures={data.figures} />
      </Grid>
    </Grid>
  );
}
