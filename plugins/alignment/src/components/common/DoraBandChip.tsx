import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import type { DoraBand } from '@lodestar/backstage-plugin-alignment-common';

const useStyles = makeStyles(theme => ({
  elite: {
    backgroundColor: theme.palette.success.dark,
    color: theme.palette.success.contrastText,
  },
  high: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  medium: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  low: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
}));

const LABELS: Record<DoraBand, string> = {
  elite: 'Elite',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/**
 * A DORA performance band as a chip; the word carries the meaning, the
 * colour only repeats it. `prefix` names the key where several share a
 * cell (`Deploys: Elite`).
 */
export function DoraBandChip(props: { band: DoraBand; prefix?: string }) {
  const classes = useStyles();
  const label = LABELS[props.band];
  return (
    <Chip
      size="small"
      className={classes[props.band]}
      label={props.prefix ? `${props.prefix}: ${label}` : label}
    />
  );
}

/** The band's word, for counts and sentences. */
export function doraBandLabel(band: DoraBand): string {
  return LABELS[band];
}
