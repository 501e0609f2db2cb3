import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import HelpOutlineIcon from '@material-ui/icons/HelpOutline';
import RemoveCircleOutlineIcon from '@material-ui/icons/RemoveCircleOutline';
import ScheduleIcon from '@material-ui/icons/Schedule';
import WarningIcon from '@material-ui/icons/Warning';
import type {
  MeasureStatus,
  OutcomeStatus,
} from '@lodestar/backstage-plugin-alignment-common';

/** Where a measure, or an objective's outcome, stands. */
export type OutcomeChipStatus = MeasureStatus | OutcomeStatus;

const useStyles = makeStyles(theme => ({
  'on-track': {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  'at-risk': {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  'off-track': {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  // Grey with an amber edge: there was a value, but it is too old to judge by.
  stale: {
    color: theme.palette.warning.dark,
    borderColor: theme.palette.warning.main,
  },
  'not-measured': { color: theme.palette.text.secondary },
  unknown: { color: theme.palette.text.secondary },
  icon: { color: 'inherit' },
}));

const CHIPS: Record<
  OutcomeChipStatus,
  { label: string; Icon: typeof CheckCircleIcon; outlined: boolean }
> = {
  'on-track': { label: 'On track', Icon: CheckCircleIcon, outlined: false },
  'at-risk': { label: 'At risk', Icon: WarningIcon, outlined: false },
  'off-track': { label: 'Off track', Icon: ErrorIcon, outlined: false },
  stale: { label: 'Stale', Icon: ScheduleIcon, outlined: true },
  'not-measured': {
    label: 'Not measured',
    Icon: RemoveCircleOutlineIcon,
    outlined: true,
  },
  unknown: { label: 'Unknown', Icon: HelpOutlineIcon, outlined: true },
};

/**
 * Whether a measure or an objective's outcome is on track, as icon, word
 * and colour together, so it reads without colour too.
 */
export function OutcomeChip(props: { status: OutcomeChipStatus }) {
  const classes = useStyles();
  const { label, Icon, outlined } = CHIPS[props.status];
  return (
    <Chip
      size="small"
      variant={outlined ? 'outlined' : 'default'}
      className={classes[props.status]}
      icon={<Icon className={classes.icon} />}
      label={label}
    />
  );
}
