import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { MeasureProgress } from '@lodestar/backstage-plugin-alignment-common';
import { MeasureItem } from './MeasureItem';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none' },
});

/**
 * Whether the objective is on track: each measure with its latest value
 * against its target, its status and the reason for it, in the order the
 * objective declares them.
 */
export function MeasuresCard(props: { measures: MeasureProgress[] }) {
  const classes = useStyles();
  return (
    <InfoCard title="Measures" subheader="Whether this objective is on track">
      {props.measures.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No measures yet. List them in spec.measures, each with a unit, a
          target and a date, so the objective's owner can tell whether it is on
          track.
        </Typography>
      ) : (
        <ul className={classes.list} aria-label="Measures">
          {props.measures.map(measure => (
            <MeasureItem key={measure.id} measure={measure} />
          ))}
        </ul>
      )}
    </InfoCard>
  );
}
