import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
  item: { marginBottom: theme.spacing(0.5) },
}));

/**
 * How the objective's progress is judged, as its entity states it. The
 * measures are text here; values arrive separately, if at all.
 */
export function ObjectiveMeasuresCard(props: { measures: string[] }) {
  const classes = useStyles();
  return (
    <InfoCard
      title="Measures"
      subheader="How progress on this objective is judged"
    >
      {props.measures.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No measures yet. List them in spec.measures, each a metric with its
          target, so the objective's owner can tell whether it is on track.
        </Typography>
      ) : (
        <ul className={classes.list} aria-label="Measures">
          {props.measures.map((measure, i) => (
            <li key={i} className={classes.item}>
              <Typography variant="body2">{measure}</Typography>
            </li>
          ))}
        </ul>
      )}
    </InfoCard>
  );
}
