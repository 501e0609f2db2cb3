import Typography from '@material-ui/core/Typography';
import type { CampaignSummary } from '@lodestar/backstage-plugin-alignment-common';
import { deadlineText } from './campaignText';

/** A campaign's deadline date and how far off it is; overdue in the error colour. */
export function DeadlineText(props: {
  campaign: Pick<CampaignSummary, 'deadline' | 'daysLeft' | 'overdue'>;
}) {
  const { campaign } = props;
  return (
    <Typography
      variant="body2"
      component="span"
      color={campaign.overdue ? 'error' : 'inherit'}
    >
      {campaign.deadline} ({deadlineText(campaign)})
    </Typography>
  );
}
