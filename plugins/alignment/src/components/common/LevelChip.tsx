import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import WarningIcon from '@material-ui/icons/Warning';
import type { AlignmentLevel } from '@lodestar/backstage-plugin-alignment-common';

const useStyles = makeStyles(theme => ({
  aligned: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  'at-risk': {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  drifting: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  icon: { color: 'inherit' },
}));

const LABELS: Record<AlignmentLevel, string> = {
  aligned: 'Aligned',
  'at-risk': 'At risk',
  drifting: 'Drifting',
};

const ICONS = {
  aligned: CheckCircleIcon,
  'at-risk': WarningIcon,
  drifting: ErrorIcon,
};

/**
 * The alignment level as a chip: colour, icon and text together, so it
 * reads without colour too.
 * @public
 */
export function LevelChip(props: {
  level: AlignmentLevel;
  size?: 'small' | 'medium';
}) {
  const classes = useStyles();
  const Icon = ICONS[props.level];
  return (
    <Chip
      size={props.size ?? 'small'}
      className={classes[props.level]}
      icon={<Icon className={classes.icon} />}
      label={LABELS[props.level]}
    />
  );
}
