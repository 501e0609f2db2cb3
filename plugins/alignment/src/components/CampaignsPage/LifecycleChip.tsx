import Chip from '@material-ui/core/Chip';
import type { CampaignLifecycle } from '@lodestar/backstage-plugin-alignment-common';

const LABELS: Record<CampaignLifecycle, string> = {
  proposed: 'Proposed',
  planned: 'Planned',
  active: 'Active',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/**
 * A campaign's lifecycle as a word; only an active campaign is filled, so
 * the ones asking for work now stand out from planned and finished ones.
 */
export function LifecycleChip(props: { lifecycle: CampaignLifecycle }) {
  const { lifecycle } = props;
  return (
    <Chip
      size="small"
      label={LABELS[lifecycle] ?? lifecycle}
      color={lifecycle === 'active' ? 'primary' : 'default'}
      variant={lifecycle === 'active' ? 'default' : 'outlined'}
    />
  );
}
