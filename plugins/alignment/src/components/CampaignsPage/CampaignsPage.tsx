import { Content, Header, Page } from '@backstage/core-components';
import { Route, Routes, useParams } from 'react-router-dom';
import { CampaignDetail } from './CampaignDetail';
import { CampaignList } from './CampaignList';

function CampaignRoute() {
  const { namespace = 'default', name = '' } = useParams();
  // Keyed so paging state resets when another campaign is opened.
  return (
    <CampaignDetail
      key={`${namespace}/${name}`}
      namespace={namespace}
      name={name}
    />
  );
}

/**
 * The campaigns page (by convention `/alignment/campaigns`): every
 * realignment campaign with its deadline and progress, and below it one
 * campaign at `:namespace/:name` with its burn-down, progress by owner and
 * open entities.
 * @public
 */
export function CampaignsPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Campaigns"
        subtitle="Dated, owned efforts to bring services in line with the strategy"
      />
      <Content>
        <Routes>
          <Route path="/" element={<CampaignList />} />
          <Route path="/:namespace/:name" element={<CampaignRoute />} />
        </Routes>
      </Content>
    </Page>
  );
}
