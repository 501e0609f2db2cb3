import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useCampaignLinks } from '../common/campaignLinks';
import { AcceptCampaignButton } from './AcceptCampaignButton';
import { PageLoadError } from '../common/PageLoadError';
import { BurnDownChart } from './BurnDownChart';
import { CampaignAboutCard } from './CampaignAboutCard';
import { OpenEntitiesTable } from './OpenEntitiesTable';
import { OwnerProgressTable } from './OwnerProgressTable';
import { useCampaignProgress } from './useCampaignProgress';

/**
 * One campaign: what it asks, its burn-down against the ideal line, its
 * progress by owner and the entities still open, most urgent first; a
 * proposed one can be accepted here by whoever may.
 */
export function CampaignDetail(props: { namespace: string; name: string }) {
  const progress = useCampaignProgress(props.namespace, props.name);
  const links = useCampaignLinks();
  const listLink = links.list();
  const back = listLink && (
    <Box mb={2}>
      <Link to={listLink}>All campaigns</Link>
    </Box>
  );

  if (progress.loading && !progress.value) {
    return <Progress aria-label="Loading the campaign" />;
  }
  if (progress.error) {
    return (
      <>
        {back}
        <PageLoadError
          error={progress.error}
          what="this campaign"
          onRetry={progress.retry}
        />
      </>
    );
  }
  if (!progress.value) {
    return (
      <>
        {back}
        <EmptyState
          missing="data"
          title="No such campaign"
          description={`Lodestar knows no campaign ${props.namespace}/${props.name}. It may have been removed from the catalog, or it has not been evaluated yet.`}
        />
      </>
    );
  }

  const { campaign, burnDown, burnDownWithheld, byOwner, open } =
    progress.value;
  return (
    <>
      {back}
      <Typography variant="h4" component="h2" gutterBottom>
        {campaign.title}
      </Typography>
      {campaign.lifecycle === 'proposed' && campaign.proposal && (
        <AcceptCampaignButton
          proposalId={campaign.proposal.id}
          onAccepted={progress.retry}
        />
      )}
      <Grid container spacing={3}>
        <Grid item xs={12} md={5}>
          <CampaignAboutCard campaign={campaign} />
        </Grid>
        <Grid item xs={12} md={7}>
          <InfoCard title="Burn-down">
            <BurnDownChart
              points={burnDown}
              startsAt={campaign.startsAt}
              deadline={campaign.deadline}
              withheld={burnDownWithheld}
            />
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <InfoCard title="By owner">
            <OwnerProgressTable owners={byOwner} />
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <InfoCard title={`Open entities (${open.totalCount})`}>
            <OpenEntitiesTable
              open={open}
              offset={progress.offset}
              loading={progress.loading}
              onPrevious={progress.previous}
              onNext={progress.next}
            />
          </InfoCard>
        </Grid>
      </Grid>
    </>
  );
}
