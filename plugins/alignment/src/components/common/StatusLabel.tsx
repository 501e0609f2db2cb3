import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import BlockIcon from '@material-ui/icons/Block';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import CancelIcon from '@material-ui/icons/Cancel';
import HelpOutlineIcon from '@material-ui/icons/HelpOutline';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import PauseCircleFilledIcon from '@material-ui/icons/PauseCircleFilled';
import ScheduleIcon from '@material-ui/icons/Schedule';
import type { CheckStatus } from '@lodestar/backstage-plugin-alignment-common';

const useStyles = makeStyles(theme => ({
  pass: { color: theme.palette.success.main },
  fail: { color: theme.palette.error.main },
  waived: { color: theme.palette.info.main },
  error: { color: theme.palette.warning.dark },
  'not-applicable': { color: theme.palette.text.secondary },
  // Neutral: the rule did not run, so there is no verdict to colour.
  'no-data': { color: theme.palette.text.secondary },
  // Not a verdict yet either: the principle counts from a later date.
  upcoming: { color: theme.palette.info.dark },
}));

const LABELS: Record<CheckStatus, string> = {
  pass: 'Pass',
  fail: 'Fail',
  waived: 'Waived',
  error: 'Error',
  'not-applicable': 'N/A',
  'no-data': 'No data',
  upcoming: 'Upcoming',
};

const ICONS: Record<CheckStatus, typeof BlockIcon> = {
  pass: CheckCircleIcon,
  fail: CancelIcon,
  waived: PauseCircleFilledIcon,
  error: ReportProblemIcon,
  'not-applicable': BlockIcon,
  'no-data': HelpOutlineIcon,
  upcoming: ScheduleIcon,
};

/** A check status as icon plus word, never colour alone. @public */
export function StatusLabel(props: { status: CheckStatus }) {
  const classes = useStyles();
  const Icon = ICONS[props.status];
  return (
    <Box
      display="flex"
      alignItems="center"
      className={classes[props.status]}
      style={{ gap: 4 }}
    >
      <Icon fontSize="small" />
      <Typography variant="body2" component="span">
        {LABELS[props.status]}
      </Typography>
    </Box>
  );
}
