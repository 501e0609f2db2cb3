import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { PrincipleSummary } from '@lodestar/backstage-plugin-alignment-common';
import { formatPercent } from '../DriftOverviewPage/HeadlineFigures';

const useStyles = makeStyles(theme => ({
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(80px, 1fr))',
    gap: theme.spacing(2),
    marginTop: theme.spacing(2),
  },
  code: { fontFamily: 'monospace', whiteSpace: 'pre-wrap' },
  alert: { marginTop: theme.spacing(2) },
}));

function Count(props: { value: number; label: string }) {
  return (
    <Box>
      <Typography variant="h6" component="p">
        {props.value}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {props.label}
      </Typography>
    </Box>
  );
}

/**
 * The principle's pass rate in the published results and the counts behind
 * it; a rule that does not compile or an entity that breaks the schema is
 * said first, since either explains every other figure.
 */
export function PassRateCard(props: { principle: PrincipleSummary }) {
  const { principle } = props;
  const classes = useStyles();
  // Entities without data are still ones it applies to, though in no pass rate.
  const applied =
    principle.pass +
    principle.fail +
    principle.error +
    principle.waived +
    principle.noData;
  return (
    <InfoCard title="Pass rate now">
      {!principle.compiled && (
        <Alert severity="error" className={classes.alert}>
          <AlertTitle>The rule does not compile</AlertTitle>
          <span className={classes.code}>
            {principle.compileError ?? 'The compiler gave no message.'}
          </span>
        </Alert>
      )}
      {!principle.valid && (
        <Alert severity="warning" className={classes.alert}>
          <AlertTitle>
            This principle does not fit the Principle schema
          </AlertTitle>
          <ul>
            {principle.problems.map(problem => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      )}
      {applied === 0 && principle.upcoming ? (
        <Typography variant="body2" className={classes.alert}>
          Not in effect yet: it is evaluated on {principle.upcoming} entities
          without counting, so it has no pass rate until its date.
        </Typography>
      ) : null}
      {applied === 0 && !principle.upcoming ? (
        <Typography variant="body2" className={classes.alert}>
          It applies to no evaluated entity yet. Check that its selector matches
          the entities you mean, or wait for the next evaluation run if it is
          new.
        </Typography>
      ) : null}
      {applied > 0 && (
        <>
          <Typography variant="h4" component="p" className={classes.alert}>
            {formatPercent(principle.passRate)}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            pass or waived, of {applied} entities it applies to
          </Typography>
          <Box className={classes.counts} role="group" aria-label="Outcomes">
            <Count value={principle.pass} label="pass" />
            <Count value={principle.fail} label="fail" />
            <Count value={principle.error} label="error" />
            <Count value={principle.waived} label="waived" />
            <Count value={principle.noData} label="no data" />
          </Box>
        </>
      )}
    </InfoCard>
  );
}
