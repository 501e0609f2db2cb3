import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { DoraBandChip } from '../common/DoraBandChip';
import { doraLabel } from '../common/doraKeys';
import { OutcomeChip } from '../common/OutcomeChip';
import { Sparkline } from '../common/Sparkline';
import { FactFreshness } from './FactFreshness';
import { formatFactValue, type FactLine } from './factView';
import { RuleReadMarker } from './RuleReadMarker';

const useStyles = makeStyles(theme => ({
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
    padding: theme.spacing(1.5),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
  // A stale value still shows, but framed so it is not read as current.
  stale: { borderColor: theme.palette.warning.main, borderStyle: 'dashed' },
  figure: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
}));

/**
 * One DORA key of the entity: its latest value with unit, the DORA band it
 * falls in, its recent trend, and where and when it came from.
 */
export function DoraFactTile(props: { line: FactLine }) {
  const classes = useStyles();
  const { key, fact, unit, definition, readByRules, freshness } = props.line;
  const label = doraLabel(key);
  return (
    <Box
      className={`${classes.tile} ${fact?.stale ? classes.stale : ''}`}
      role="group"
      aria-label={label}
    >
      <Typography variant="subtitle2" component="h3">
        {label}
      </Typography>
      {fact ? (
        <>
          <Box className={classes.figure}>
            <Typography variant="h6" component="p">
              {formatFactValue(fact.value, unit)}
            </Typography>
            {fact.band && <DoraBandChip band={fact.band} />}
            {fact.stale && <OutcomeChip status="stale" />}
          </Box>
          <Sparkline points={fact.trend} unit={unit} />
          <FactFreshness fact={fact} maxAgeDays={definition?.maxAgeDays} />
        </>
      ) : (
        <Typography variant="body2" color="textSecondary">
          Not reported
        </Typography>
      )}
      {readByRules && <RuleReadMarker freshness={freshness} />}
    </Box>
  );
}
