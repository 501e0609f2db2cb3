import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { PrincipleSummary } from '@lodestar/backstage-plugin-alignment-common';
import { passBand, passBandStyles } from '../DriftOverviewPage/passRateColor';
import { RefLink } from './RefLink';

const useStyles = makeStyles(theme => ({
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    padding: theme.spacing(0.75, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  flags: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5) },
  figures: {
    display: 'flex',
    alignItems: 'baseline',
    gap: theme.spacing(1),
    fontVariantNumeric: 'tabular-nums',
  },
  rate: {
    padding: theme.spacing(0.25, 0.75),
    borderRadius: theme.shape.borderRadius,
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  problem: { wordBreak: 'break-word' },
  ...passBandStyles(theme),
}));

/** What is wrong with a principle that stops it being checked, if anything. */
function problemsOf(p: PrincipleSummary): string[] {
  if (!p.valid) return p.problems.length ? p.problems : ['Invalid principle'];
  if (!p.compiled) return [p.compileError ?? 'The rule does not compile'];
  return [];
}

/**
 * One principle: its pass rate on the band colour the heatmap uses, how
 * many entities fail it, and a flag when it is invalid or its rule does
 * not compile, since such a principle checks nothing.
 */
export function PrincipleItem(props: { principle: PrincipleSummary }) {
  const classes = useStyles();
  const p = props.principle;
  const rate = p.passRate === null ? null : Math.round(p.passRate);
  const problems = problemsOf(p);
  return (
    <li className={classes.item}>
      <Box>
        <RefLink entityRef={p.entityRef} defaultKind="principle">
          {p.title}
        </RefLink>
        <div className={classes.flags}>
          {!p.valid && <Chip size="small" color="secondary" label="Invalid" />}
          {p.valid && !p.compiled && (
            <Chip
              size="small"
              color="secondary"
              label="Rule does not compile"
            />
          )}
          {p.status !== 'active' && (
            <Chip size="small" variant="outlined" label={p.status} />
          )}
        </div>
        {problems.map((problem, i) => (
          <Typography
            key={i}
            variant="caption"
            color="textSecondary"
            component="p"
            className={classes.problem}
          >
            {problem}
          </Typography>
        ))}
      </Box>
      <div className={classes.figures}>
        {rate === null ? (
          <Typography variant="body2" color="textSecondary">
            Applies to no entity
          </Typography>
        ) : (
          <Typography
            variant="body2"
            component="span"
            className={`${classes.rate} ${classes[passBand(rate)]}`}
            aria-label={`${rate}% pass`}
          >
            {rate}%
          </Typography>
        )}
        <Typography variant="body2" component="span">
          {p.failingCount} failing
          {p.errorCount > 0 && `, ${p.errorCount} in error`}
          {p.noData > 0 && `, ${p.noData} without data`}
        </Typography>
      </div>
    </li>
  );
}
