import { ReactNode } from 'react';
import {
  Content,
  Header,
  HeaderLabel,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { useCampaignLinks } from '../common/campaignLinks';
import { DriftOverviewContent } from './DriftOverviewContent';
import { NoResultsState } from './NoResultsState';
import { runSubtitle } from './runText';

/**
 * The org-wide drift overview (`/alignment`): the org score and its trend
 * across strategy revisions, the execution gap between the objectives'
 * alignment and outcomes, pass rates per owner and principle, objective
 * coverage, and a filterable, paginated table of every evaluated entity.
 * Filters live in the URL so a view can be shared.
 * @public
 */
export function DriftOverviewPage() {
  const api = useApi(alignmentApiRef);
  // The figures are org-wide on purpose: they are the map, and the table
  // below is where filters narrow things down.
  const overview = useAsyncRetry(() => api.getOverview(), [api]);
  // Only used to explain an empty page and label the header; a failure
  // here must not hide results, so its error is ignored.
  const strategies = useAsync(() => api.getStrategies(), [api]);
  const strategy = strategies.value?.[0];
  // The campaigns are where drift turns into dated work; absent when the
  // app does not mount their page.
  const campaignsLink = useCampaignLinks().list();

  let body: ReactNode;
  if (overview.loading && !overview.value) {
    body = <Progress aria-label="Loading the alignment overview" />;
  } else if (overview.error) {
    body = (
      <>
        <ResponseErrorPanel
          error={overview.error}
          title="Could not load the alignment overview"
        />
        <Box mt={2}>
          <Button variant="outlined" onClick={overview.retry}>
            Try again
          </Button>
        </Box>
      </>
    );
  } else if (overview.value && overview.value.entities === 0) {
    body = (
      <NoResultsState
        hasStrategy={strategies.value ? strategies.value.length > 0 : undefined}
        lastRun={overview.value.lastRun}
        onRefresh={overview.retry}
      />
    );
  } else if (overview.value) {
    body = <DriftOverviewContent overview={overview.value} />;
  }

  return (
    <Page themeId="tool">
      <Header
        title="Strategic alignment"
        subtitle={
          overview.value ? runSubtitle(overview.value.lastRun) : undefined
        }
      >
        {strategy && <HeaderLabel label="Strategy" value={strategy.title} />}
        {strategy?.latestRevision && (
          <HeaderLabel
            label="Last revision"
            value={`${strategy.latestRevision.date} · ${strategy.latestRevision.trigger}`}
          />
        )}
        {campaignsLink && (
          <HeaderLabel
            label="Realignment"
            value="Campaigns"
            url={campaignsLink}
          />
        )}
      </Header>
      <Content>{body}</Content>
    </Page>
  );
}
