import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  AlignmentLevel,
  LevelCounts,
} from '@lodestar/backstage-plugin-alignment-common';
import { LevelChip } from '../common';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'flex',
    gap: theme.spacing(1, 2),
    flexWrap: 'wrap',
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  column: { flexDirection: 'column' },
  item: { display: 'flex', alignItems: 'center', gap: theme.spacing(1) },
  count: { minWidth: '3ch', textAlign: 'right', fontWeight: 500 },
}));

const ORDER: Array<[AlignmentLevel, keyof LevelCounts]> = [
  ['aligned', 'aligned'],
  ['at-risk', 'atRisk'],
  ['drifting', 'drifting'],
];

/** How many entities are at each level, best level first. */
export function LevelCountList(props: {
  levels: LevelCounts;
  direction?: 'row' | 'column';
}) {
  const classes = useStyles();
  const column = props.direction === 'column';
  return (
    <ul
      className={`${classes.list} ${column ? classes.column : ''}`}
      aria-label="Entities by level"
    >
      {ORDER.map(([level, key]) => (
        <li key={level} className={classes.item}>
          <Typography
            variant={column ? 'h6' : 'body1'}
            component="span"
            className={classes.count}
          >
            {props.levels[key]}
          </Typography>
          <LevelChip level={level} />
        </li>
      ))}
    </ul>
  );
}
