import { CodeSnippet } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { CheckResult } from '@lodestar/backstage-plugin-alignment-common';
import { CheckName, StatusLabel } from '../common';
import { UpcomingNote } from './UpcomingNote';

const useStyles = makeStyles(theme => ({
  row: {
    padding: theme.spacing(1.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1.5),
    flexWrap: 'wrap',
  },
  title: { fontWeight: 500, flexGrow: 1 },
  detail: { marginTop: theme.spacing(1), marginLeft: theme.spacing(4) },
}));

/**
 * One check: status, severity, message; for a failure also why it matters
 * and the YAML that fixes it, ready to copy. A check without data names the
 * missing or stale fact in its message; the note below says what that
 * means for the score, since the status alone could read as a pass.
 */
export function CheckRow(props: { check: CheckResult }) {
  const { check } = props;
  const classes = useStyles();
  const failing = check.status === 'fail' || check.status === 'error';
  // An upcoming principle that would fail gets its why and fix now, so the
  // owner can act before it counts; it still is not shown as a failure.
  const willFail =
    check.status === 'upcoming' && check.statusWhenEffective === 'fail';
  return (
    <Box className={classes.row} data-testid={`check-${check.id}`}>
      <Box className={classes.head}>
        <StatusLabel status={check.status} />
        <Typography variant="body2" className={classes.title}>
          <CheckName checkId={check.id}>{check.title}</CheckName>
        </Typography>
        <Chip size="small" variant="outlined" label={check.severity} />
      </Box>
      <Box className={classes.detail}>
        <Typography variant="body2">{check.message}</Typography>
        {check.inheritedFrom && (
          <Typography variant="caption" color="textSecondary">
            Inherited from {check.inheritedFrom}
          </Typography>
        )}
        {check.status === 'no-data' && (
          <Typography variant="body2" color="textSecondary">
            The rule did not run, so this check counts for neither side of the
            score. It runs again once the fact is pushed fresh.
          </Typography>
        )}
        {check.status === 'upcoming' && <UpcomingNote check={check} />}
        {(failing || willFail) && check.rationale && (
          <Typography variant="body2" color="textSecondary">
            <strong>Why it matters:</strong> {check.rationale}
          </Typography>
        )}
        {(check.status === 'fail' || willFail) && check.remediation && (
          <Box mt={1}>
            <Typography variant="body2">
              <strong>How to fix:</strong> {check.remediation.text}
            </Typography>
            {check.remediation.yaml && (
              <CodeSnippet
                language="yaml"
                text={check.remediation.yaml}
                showCopyCodeButton
              />
            )}
          </Box>
        )}
      </Box>
    </Box>
  );
}
