import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  up: { color: theme.palette.success.dark },
  down: { color: theme.palette.error.dark },
  flat: { color: theme.palette.text.secondary },
}));

/**
 * A 30-day score change as arrow, sign and number, so it reads without its
 * colour; '—' when there is no earlier score to compare with.
 */
export function DeltaText(props: { delta: number | null }) {
  const classes = useStyles();
  const { delta } = props;
  if (delta === null) {
    return (
      <Typography
        variant="body2"
        component="span"
        className={classes.flat}
        aria-label="No score 30 days ago to compare with"
      >
        —
      </Typography>
    );
  }
  const rounded = Math.round(delta);
  let arrow = '→';
  let className = classes.flat;
  let text = '0';
  if (rounded > 0) {
    arrow = '↑';
    className = classes.up;
    text = `+${rounded}`;
  } else if (rounded < 0) {
    arrow = '↓';
    className = classes.down;
    text = `−${Math.abs(rounded)}`;
  }
  return (
    <Typography
      variant="body2"
      component="span"
      className={className}
      aria-label={`Score change over 30 days: ${text}`}
    >
      {arrow} {text}
    </Typography>
  );
}
