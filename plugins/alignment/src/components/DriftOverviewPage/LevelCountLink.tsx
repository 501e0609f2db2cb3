import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { AlignmentLevel } from '@lodestar/backstage-plugin-alignment-common';
import { LevelChip } from '../common/LevelChip';
import { FilterLink } from './FilterLink';

const useStyles = makeStyles(theme => ({
  link: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(0.5, 1),
    borderRadius: theme.shape.borderRadius,
    '&:hover, &:focus-visible': { backgroundColor: theme.palette.action.hover },
    // The chip is inside a link; its own pointer cursor would suggest a second action.
    '& .MuiChip-root': { cursor: 'inherit' },
  },
  count: { minWidth: '3ch', textAlign: 'right' },
}));

const NAMES: Record<AlignmentLevel, string> = {
  aligned: 'aligned',
  'at-risk': 'at risk',
  drifting: 'drifting',
};

/** The number of entities at one level, linking to the table filtered to them. */
export function LevelCountLink(props: {
  level: AlignmentLevel;
  count: number;
}) {
  const classes = useStyles();
  return (
    <FilterLink
      filter={{ level: props.level }}
      className={classes.link}
      aria-label={`Show the ${props.count} ${NAMES[props.level]} entities`}
    >
      <Typography variant="h6" component="span" className={classes.count}>
        {props.count}
      </Typography>
      <Box component="span">
        <LevelChip level={props.level} />
      </Box>
    </FilterLink>
  );
}
