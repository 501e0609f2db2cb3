import Typography from '@material-ui/core/Typography';
import type { CampaignCounts } from '@lodestar/backstage-plugin-alignment-common';

/**
 * What is left besides done, in words: remaining first (the work), then
 * waived, errored and no data, each left out when zero so the line stays
 * short.
 */
export function CampaignCountsText(props: { counts: CampaignCounts }) {
  const { remaining, waived, errored, noData } = props.counts;
  const parts = [`${remaining} remaining`];
  if (waived) parts.push(`${waived} waived`);
  if (errored) parts.push(`${errored} errored`);
  if (noData) parts.push(`${noData} no data`);
  return (
    <Typography variant="body2" component="span">
      {parts.join(' · ')}
    </Typography>
  );
}
