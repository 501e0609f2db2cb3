import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import AlarmIcon from '@material-ui/icons/Alarm';
import { waiversExpiringText } from './waiverExpiry';

const useStyles = makeStyles(theme => ({
  soon: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    color: theme.palette.warning.dark,
    fontWeight: 500,
  },
}));

/**
 * How many waivers expire within 14 days, marked with an icon and colour
 * when there are some: their checks are about to count as failures again.
 */
export function ExpiringSoonNote(props: { count: number }) {
  const classes = useStyles();
  const text = waiversExpiringText(props.count);
  if (props.count === 0) {
    return (
      <Typography variant="body2" color="textSecondary" component="span">
        {text}
      </Typography>
    );
  }
  return (
    <Typography
      variant="body2"
      component="span"
      className={classes.soon}
      data-expiring-soon
    >
      <AlarmIcon fontSize="small" />
      {text}
    </Typography>
  );
}
