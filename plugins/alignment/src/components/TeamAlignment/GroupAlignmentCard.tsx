import { InfoCard, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { ScoreGauge } from '../common';
import { entitiesEvaluated } from '../DriftOverviewPage/runText';
import { ExpiringSoonNote } from './ExpiringSoonNote';
import { FixFirstList } from './FixFirstList';
import { LevelCountList } from './LevelCountList';
import { PageLoadError } from '../common/PageLoadError';
import { useTeamPage } from './useTeamPages';

const TITLE = 'Team alignment';

/**
 * A Group's alignment at a glance for its overview tab: mean score,
 * entities per level, the three fixes worth the most points and the
 * waivers about to expire, with a link to the group's Alignment tab.
 *
 * @param props.tabPath - path of the Alignment tab, relative to the entity page
 * @public
 */
export function GroupAlignmentCard(props: { tabPath?: string }) {
  const state = useTeamPage();
  const deepLink = {
    title: 'View team alignment',
    link: props.tabPath ?? './alignment',
  };

  if (state.loading) {
    return (
      <InfoCard title={TITLE}>
        <Progress aria-label="Loading the team's alignment" />
      </InfoCard>
    );
  }
  if (state.error) {
    return (
      <InfoCard title={TITLE}>
        <PageLoadError error={state.error} what="this team's alignment" />
      </InfoCard>
    );
  }
  const { figures, fixFirst, expiringSoon } = state.value!;
  if (figures.entities === 0) {
    return (
      <InfoCard title={TITLE}>
        <Typography variant="body2" color="textSecondary">
          This team owns no evaluated entities yet: Lodestar scores the
          Components, APIs, Resources and Systems whose owner is this group or
          one of its sub-groups.
        </Typography>
      </InfoCard>
    );
  }
  return (
    <InfoCard
      title={TITLE}
      subheader={entitiesEvaluated(figures.entities)}
      deepLink={deepLink}
    >
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 16 }}
      >
        {figures.score !== null && (
          <ScoreGauge score={figures.score} size={90} />
        )}
        <LevelCountList levels={figures.levels} direction="column" />
      </Box>
      <Box my={2}>
        <Divider />
      </Box>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        What to fix first
      </Typography>
      <FixFirstList fixes={fixFirst} max={3} />
      <Box mt={2}>
        <ExpiringSoonNote count={expiringSoon} />
      </Box>
    </InfoCard>
  );
}
