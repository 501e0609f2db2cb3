import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { MeasureProgress } from '@lodestar/backstage-plugin-alignment-common';
import { OutcomeChip } from '../common/OutcomeChip';
import { Sparkline } from '../common/Sparkline';
import { measureFormatter, targetSentence } from './measureNumbers';

const useStyles = makeStyles(theme => ({
  item: {
    padding: theme.spacing(1.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': { borderBottom: 'none' },
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  title: { flexGrow: 1 },
  figures: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginTop: theme.spacing(0.5),
  },
}));

/** Baseline, when the value was observed, and where it is heading, as one line. */
function contextLine(measure: MeasureProgress): string {
  const format = measureFormatter(measure);
  const { baseline, current, projected, by } = measure;
  return [
    baseline && `baseline ${format(baseline.value)} on ${baseline.date}`,
    current &&
      `observed ${current.observedAt.slice(0, 10)} from ${current.source}`,
    projected !== undefined &&
      `projected ${format(projected)}${by ? ` by ${by}` : ''}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A measure with numbers: its latest value against its target, and its trend. */
function TypedMeasureFigures(props: { measure: MeasureProgress }) {
  const classes = useStyles();
  const { measure } = props;
  const format = measureFormatter(measure);
  const context = contextLine(measure);
  return (
    <>
      <Box className={classes.figures}>
        <Typography variant="h6" component="p">
          {measure.current ? format(measure.current.value) : 'No value yet'}
        </Typography>
        {targetSentence(measure) && (
          <Typography variant="body2" color="textSecondary">
            {targetSentence(measure)}
          </Typography>
        )}
        <Sparkline points={measure.trend} unit={measure.unit} />
      </Box>
      {context && (
        <Typography variant="caption" color="textSecondary" component="p">
          {context}
        </Typography>
      )}
    </>
  );
}

/**
 * One measure of the objective: where it stands and why. A measure written
 * as free text has no values to judge, so it shows its target as written.
 */
export function MeasureItem(props: { measure: MeasureProgress }) {
  const classes = useStyles();
  const { measure } = props;
  const freeText = measure.source === 'text';
  return (
    <li className={classes.item} aria-label={measure.title}>
      <Box className={classes.head}>
        <Typography
          variant="subtitle2"
          component="h3"
          className={classes.title}
        >
          {measure.title}
        </Typography>
        <OutcomeChip status={freeText ? 'not-measured' : measure.status} />
      </Box>
      {freeText ? (
        <Typography variant="body2">
          Target: {measure.targetText ?? 'none written'}
        </Typography>
      ) : (
        <TypedMeasureFigures measure={measure} />
      )}
      {measure.reason && (
        <Typography variant="body2" color="textSecondary">
          {measure.reason}
        </Typography>
      )}
    </li>
  );
}
