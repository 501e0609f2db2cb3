import Chip from '@material-ui/core/Chip';
import ArchiveIcon from '@material-ui/icons/Archive';
import FlagIcon from '@material-ui/icons/Flag';
import ScheduleIcon from '@material-ui/icons/Schedule';
import type { ObjectiveCoverage } from '@lodestar/backstage-plugin-alignment-common';

const CHIPS = {
  active: { label: 'Active', Icon: FlagIcon, color: 'primary' },
  proposed: { label: 'Proposed', Icon: ScheduleIcon, color: 'default' },
  retired: { label: 'Retired', Icon: ArchiveIcon, color: 'default' },
} as const;

/** An objective's status as icon plus word. */
export function ObjectiveStatusChip(props: {
  status: ObjectiveCoverage['status'];
}) {
  const { label, Icon, color } = CHIPS[props.status];
  return (
    <Chip
      size="small"
      variant={props.status === 'active' ? 'default' : 'outlined'}
      color={color}
      icon={<Icon />}
      label={label}
    />
  );
}
