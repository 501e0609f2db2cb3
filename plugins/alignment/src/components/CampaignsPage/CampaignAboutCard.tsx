import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { CampaignSummary } from '@lodestar/backstage-plugin-alignment-common';
import { CheckName } from '../common';
import { DeadlineText } from '../common/DeadlineText';
import { CampaignCountsText } from './CampaignCountsText';
import { CampaignProgressBar } from './CampaignProgressBar';
import { LifecycleChip } from './LifecycleChip';
import { useUpcomingPrinciples } from './useUpcomingPrinciples';

/**
 * What a campaign asks and why: its description, the strategy revision it
 * answers, its checks (a principle's links to the principle's page, and
 * says when the principle is not in effect yet), its dates and how far it
 * got.
 */
export function CampaignAboutCard(props: { campaign: CampaignSummary }) {
  const { campaign } = props;
  const upcoming = useUpcomingPrinciples(campaign.checks);
  return (
    <InfoCard title="About this campaign">
      <Box display="flex" alignItems="center" style={{ gap: 8 }} mb={1}>
        <LifecycleChip lifecycle={campaign.lifecycle} />
        <Typography variant="body2" component="span">
          Owned by{' '}
          <EntityRefLink entityRef={campaign.owner} defaultKind="group" />
        </Typography>
      </Box>
      {campaign.description && (
        <Typography variant="body1" paragraph>
          {campaign.description}
        </Typography>
      )}
      {campaign.strategy && (
        <Typography variant="body2" paragraph>
          Answers{' '}
          {campaign.revision
            ? `the ${campaign.revision} revision of `
            : 'the strategy '}
          <EntityRefLink entityRef={campaign.strategy} />.
        </Typography>
      )}
      <Typography variant="subtitle2">Checks</Typography>
      <ul aria-label="Campaign checks">
        {campaign.checks.map(checkId => (
          <li key={checkId}>
            <Typography variant="body2" component="span">
              <CheckName checkId={checkId} />
              {upcoming.has(checkId) &&
                ` (upcoming: counts from ${upcoming.get(
                  checkId,
                )}; entities that would fail it are remaining)`}
            </Typography>
          </li>
        ))}
      </ul>
      <Typography variant="body2" paragraph>
        From {campaign.startsAt}, due <DeadlineText campaign={campaign} />
      </Typography>
      <CampaignProgressBar
        counts={campaign.counts}
        label={`${campaign.title}: done of in scope`}
      />
      <CampaignCountsText counts={campaign.counts} />
    </InfoCard>
  );
}
