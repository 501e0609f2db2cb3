import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type {
  CampaignEntityState,
  CampaignStanding,
} from '@lodestar/backstage-plugin-alignment-common';
import useAsync from 'react-use/esm/useAsync';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { CheckName } from '../common';
import { countText } from '../common/campaignText';
import { useCampaignLinks } from '../common/campaignLinks';
import { DeadlineText } from '../common/DeadlineText';
import { shortRef } from '../common/refs';

// Said only when it is not plain "remaining", where the checks say it all.
const STATE_NOTES: Partial<Record<CampaignEntityState, string>> = {
  waived: 'waived for now',
  errored: 'a check errs',
  'no-data': 'a check has no data',
};

/**
 * Tells the owner which campaigns still need something from this entity:
 * each campaign's title, deadline and the checks it does not pass yet,
 * linking to the campaign. Titles and deadlines come from the campaign
 * list; when that fails the banner still names the campaigns by ref, since
 * the standings themselves came with the scorecard.
 */
export function CampaignsBanner(props: { standings?: CampaignStanding[] }) {
  const open = (props.standings ?? []).filter(s => s.state !== 'done');
  const { entity } = useEntity();
  const api = useApi(alignmentApiRef);
  const links = useCampaignLinks();
  const campaigns = useAsync(
    async () => (open.length > 0 ? (await api.getCampaigns()).items : []),
    [api, open.length],
  );
  if (open.length === 0) return null;

  const byRef = new Map((campaigns.value ?? []).map(c => [c.ref, c]));
  const subject =
    entity.spec?.type === 'service'
      ? 'this service'
      : `this ${entity.kind.toLocaleLowerCase('en-US')}`;
  const anyOverdue = open.some(s => byRef.get(s.campaignRef)?.overdue);
  const verb = open.length === 1 ? 'needs' : 'need';

  return (
    <Alert severity={anyOverdue ? 'warning' : 'info'} role="region">
      <AlertTitle>
        {countText(open.length, 'campaign')} {verb} something from {subject}
      </AlertTitle>
      <ul aria-label="Open campaigns" style={{ margin: 0, paddingLeft: 20 }}>
        {open.map(standing => {
          const campaign = byRef.get(standing.campaignRef);
          const title = campaign?.title ?? shortRef(standing.campaignRef);
          const to = links.campaign(standing.campaignRef);
          const note = STATE_NOTES[standing.state];
          const checks = standing.openChecks ?? [];
          return (
            <li
              key={standing.campaignRef}
              data-testid={`standing-${standing.campaignRef}`}
            >
              {to ? <Link to={to}>{title}</Link> : title}
              {campaign && (
                <>
                  {', due '}
                  <DeadlineText campaign={campaign} />
                </>
              )}
              {note && ` — ${note}`}
              {checks.length > 0 && ': '}
              {checks.map((checkId, i) => (
                <span key={checkId}>
                  {i > 0 && ', '}
                  <CheckName checkId={checkId} />
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
