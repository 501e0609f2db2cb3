import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { RevisionMark } from '@lodestar/backstage-plugin-alignment-common';

const useStyles = makeStyles(theme => ({
  list: { margin: theme.spacing(1, 0, 0), paddingLeft: theme.spacing(2.5) },
  item: { marginBottom: theme.spacing(0.5) },
  summary: {
    // Summaries run to paragraphs; two lines keep the card beside its neighbour.
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
}));

/**
 * The strategy revisions as text, newest first: the chart's dashed lines
 * carry no text a screen reader can reach, and summaries do not fit on it.
 */
export function RevisionList(props: { revisions: RevisionMark[] }) {
  const classes = useStyles();
  if (props.revisions.length === 0) return null;
  const newestFirst = [...props.revisions].sort((a, b) =>
    b.date.localeCompare(a.date),
  );
  return (
    <ul className={classes.list} aria-label="Strategy revisions">
      {newestFirst.map(r => (
        <li key={`${r.strategyRef}-${r.date}`} className={classes.item}>
          <Typography variant="body2">
            <strong>
              {r.date} · {r.trigger}
            </strong>
          </Typography>
          <Typography
            variant="caption"
            color="textSecondary"
            component="p"
            className={classes.summary}
            title={r.summary}
          >
            {r.summary}
          </Typography>
        </li>
      ))}
    </ul>
  );
}
