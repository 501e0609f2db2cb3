import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { CampaignSummary } from '@lodestar/backstage-plugin-alignment-common';
import { useCampaignLinks } from '../common/campaignLinks';
import { DeadlineText } from '../common/DeadlineText';
import { CampaignCountsText } from './CampaignCountsText';
import { CampaignProgressBar } from './CampaignProgressBar';
import { LifecycleChip } from './LifecycleChip';

/**
 * Every campaign in one row each: what it is and who owns it, where it is
 * in its life, how long is left, and how far it got.
 */
export function CampaignsTable(props: { campaigns: CampaignSummary[] }) {
  const links = useCampaignLinks();
  return (
    <Table size="small" aria-label="Campaigns">
      <TableHead>
        <TableRow>
          <TableCell>Campaign</TableCell>
          <TableCell>Owner</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Deadline</TableCell>
          <TableCell>Done / in scope</TableCell>
          <TableCell>Left</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.campaigns.map(campaign => {
          const to = links.campaign(campaign.ref);
          return (
            <TableRow
              key={campaign.ref}
              data-testid={`campaign-${campaign.ref}`}
            >
              <TableCell>
                {to ? <Link to={to}>{campaign.title}</Link> : campaign.title}
              </TableCell>
              <TableCell>
                <EntityRefLink entityRef={campaign.owner} defaultKind="group" />
              </TableCell>
              <TableCell>
                <LifecycleChip lifecycle={campaign.lifecycle} />
              </TableCell>
              <TableCell>
                <DeadlineText campaign={campaign} />
              </TableCell>
              <TableCell>
                <CampaignProgressBar
                  counts={campaign.counts}
                  label={`${campaign.title}: done of in scope`}
                />
              </TableCell>
              <TableCell>
                <CampaignCountsText counts={campaign.counts} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
