import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { PageLoadError } from '../common/PageLoadError';
import { CampaignsTable } from './CampaignsTable';

/** The campaigns page's index: every campaign the user may see. */
export function CampaignList() {
  const api = useApi(alignmentApiRef);
  const campaigns = useAsyncRetry(() => api.getCampaigns(), [api]);

  if (campaigns.loading && !campaigns.value) {
    return <Progress aria-label="Loading the campaigns" />;
  }
  if (campaigns.error) {
    return (
      <PageLoadError
        error={campaigns.error}
        what="the campaigns"
        onRetry={campaigns.retry}
      />
    );
  }
  const items = campaigns.value?.items ?? [];
  if (items.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No campaigns yet"
        description="A campaign is a Campaign entity in the catalog: an owned, dated effort to bring the entities in its scope to pass its checks by a deadline. Once one is registered, its progress shows here."
      />
    );
  }
  return (
    <InfoCard title="Campaigns" noPadding>
      <CampaignsTable campaigns={items} />
    </InfoCard>
  );
}
