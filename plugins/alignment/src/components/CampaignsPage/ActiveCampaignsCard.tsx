import { ReactNode } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { useCampaignLinks } from '../common/campaignLinks';
import { PageLoadError } from '../common/PageLoadError';
import { CampaignsTable } from './CampaignsTable';

/**
 * The campaigns under way (and those proposed, waiting for a steward), at a
 * glance on the drift page: where the estate is realigning, by when, and
 * how far it got. Planned and completed ones are on the campaigns page.
 */
export function ActiveCampaignsCard() {
  const api = useApi(alignmentApiRef);
  const links = useCampaignLinks();
  const state = useAsyncRetry(() => api.getCampaigns(), [api]);
  const underWay = (state.value?.items ?? []).filter(
    c => c.lifecycle === 'active' || c.lifecycle === 'proposed',
  );

  let body: ReactNode;
  if (state.loading && !state.value) {
    body = <Progress aria-label="Loading the campaigns" />;
  } else if (state.error) {
    body = (
      <PageLoadError
        error={state.error}
        what="the campaigns"
        onRetry={state.retry}
      />
    );
  } else if (underWay.length === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        No campaign under way. When a strategy revision or a new principle asks
        the estate to realign, a Campaign entity gives it an owner and a
        deadline, and its progress shows here.
      </Typography>
    );
  } else {
    body = <CampaignsTable campaigns={underWay} />;
  }

  const all = links.list();
  return (
    <InfoCard
      title="Campaigns under way"
      subheader="Realignments with an owner and a deadline, and how far each got"
      deepLink={all ? { title: 'All campaigns', link: all } : undefined}
    >
      {body}
    </InfoCard>
  );
}
