import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { FixCandidate } from '@lodestar/backstage-plugin-alignment-common';
import { CheckName, LevelChip } from '../common';
import { AlignmentTabLink } from '../DriftOverviewPage/AlignmentTabLink';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(3) },
  item: {
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': { borderBottom: 'none' },
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  gain: { fontWeight: 700, color: theme.palette.success.dark },
  after: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginTop: theme.spacing(0.5),
  },
}));

/** Most points gained first; equal gains keep the backend's order. */
export function byScoreGain(fixes: FixCandidate[]): FixCandidate[] {
  return [...fixes].sort((a, b) => b.scoreGain - a.scoreGain);
}

/** "+1 point", "+12 points". */
export function pointsText(gain: number): string {
  const points = Math.round(gain);
  return `+${points} point${points === 1 ? '' : 's'}`;
}

/**
 * The team's failing checks, the one worth the most points first: the
 * entity, the check, what fails, what fixing it gains and the level the
 * entity would reach; with `detailed`, also how to fix it.
 */
export function FixFirstList(props: {
  fixes: FixCandidate[];
  max?: number;
  detailed?: boolean;
}) {
  const classes = useStyles();
  const fixes = byScoreGain(props.fixes).slice(0, props.max);
  if (fixes.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No failing checks on the team's entities: nothing to fix.
      </Typography>
    );
  }
  return (
    <ol className={classes.list} aria-label="What to fix first">
      {fixes.map(fix => (
        <li key={`${fix.entityRef}|${fix.checkId}`} className={classes.item}>
          <Box className={classes.head}>
            <Typography
              variant="body2"
              component="span"
              className={classes.gain}
            >
              {pointsText(fix.scoreGain)}
            </Typography>
            <AlignmentTabLink entityRef={fix.entityRef} />
            <Typography variant="body2" component="span">
              <CheckName checkId={fix.checkId}>{fix.title}</CheckName>
            </Typography>
            <Chip size="small" variant="outlined" label={fix.severity} />
          </Box>
          <Typography variant="body2">{fix.message}</Typography>
          <Box className={classes.after}>
            <Typography variant="body2" color="textSecondary" component="span">
              Score {fix.score} →{' '}
              {Math.min(100, Math.round(fix.score + fix.scoreGain))}, level
              after:
            </Typography>
            <LevelChip level={fix.levelAfter} />
          </Box>
          {props.detailed && fix.remediation && (
            <Typography variant="body2">
              <strong>How to fix:</strong> {fix.remediation.text}
            </Typography>
          )}
        </li>
      ))}
    </ol>
  );
}
