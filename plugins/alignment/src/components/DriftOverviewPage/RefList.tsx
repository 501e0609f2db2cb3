import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { AlignmentTabLink } from './AlignmentTabLink';

const useStyles = makeStyles(theme => ({
  list: {
    margin: 0,
    paddingLeft: theme.spacing(2.5),
    columnWidth: 220,
  },
}));

/**
 * The first entity refs of a larger set, each linking to its Alignment tab,
 * and how many more there are: the backend sends at most 100 refs and a
 * card should show fewer still.
 */
export function RefList(props: {
  entityRefs: string[];
  total: number;
  max?: number;
  label: string;
}) {
  const classes = useStyles();
  const shown = props.entityRefs.slice(0, props.max ?? 10);
  const more = props.total - shown.length;
  return (
    <>
      <ul className={classes.list} aria-label={props.label}>
        {shown.map(ref => (
          <li key={ref}>
            <AlignmentTabLink entityRef={ref} />
          </li>
        ))}
      </ul>
      {more > 0 && (
        <Typography variant="body2" color="textSecondary">
          and {more} more
        </Typography>
      )}
    </>
  );
}
