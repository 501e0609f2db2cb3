import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import GavelIcon from '@material-ui/icons/Gavel';
import WarningIcon from '@material-ui/icons/Warning';
import type { Freshness } from './factView';

const useStyles = makeStyles(theme => ({
  warning: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(0.5),
    color: theme.palette.warning.dark,
    marginTop: theme.spacing(0.5),
  },
}));

/**
 * Marks a fact that a principle applying to the entity reads. When the
 * fact is missing or stale, the rule is not run and its check shows No
 * data, which is said here so the gap is traced to the fact.
 */
export function RuleReadMarker(props: { freshness: Freshness }) {
  const classes = useStyles();
  return (
    <Box>
      <Chip
        size="small"
        variant="outlined"
        icon={<GavelIcon />}
        label="Read by a principle"
      />
      {props.freshness !== 'fresh' && (
        <Typography variant="caption" component="p" className={classes.warning}>
          <WarningIcon fontSize="inherit" />
          <span>
            {props.freshness === 'missing' ? 'No value: a' : 'Stale: a'} rule
            reads this fact; checks that need it show No data.
          </span>
        </Typography>
      )}
    </Box>
  );
}
