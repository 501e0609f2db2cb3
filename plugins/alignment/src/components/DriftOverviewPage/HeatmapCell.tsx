import TableCell from '@material-ui/core/TableCell';
import { makeStyles } from '@material-ui/core/styles';
import { shortRef } from '../common/refs';
import { FilterLink } from './FilterLink';
import { passBand, passBandStyles } from './passRateColor';

const useStyles = makeStyles(theme => ({
  cell: {
    padding: 0,
    textAlign: 'center',
    border: `2px solid ${theme.palette.background.paper}`,
  },
  empty: { color: theme.palette.text.secondary },
  link: {
    display: 'block',
    padding: theme.spacing(1, 0.5),
    color: theme.palette.text.primary,
    fontVariantNumeric: 'tabular-nums',
  },
  ...passBandStyles(theme),
}));

/**
 * One owner × principle cell: the pass rate as a number on a band colour,
 * linking to the owner's entities with compliance drift. The backend has no
 * per-principle filter, so the link narrows to the owner and signal.
 */
export function HeatmapCell(props: {
  owner: string;
  principle: string;
  cell?: { pass: number; fail: number; passRate: number | null };
}) {
  const classes = useStyles();
  const { cell } = props;
  if (!cell || cell.passRate === null) {
    return (
      <TableCell className={`${classes.cell} ${classes.empty}`}>
        <span aria-label="Not applicable">–</span>
      </TableCell>
    );
  }
  const rate = Math.round(cell.passRate);
  const total = cell.pass + cell.fail;
  return (
    <TableCell className={`${classes.cell} ${classes[passBand(rate)]}`}>
      <FilterLink
        filter={{ owner: props.owner, signal: 'compliance' }}
        className={classes.link}
        title={`${cell.pass} of ${total} pass`}
        aria-label={`${shortRef(props.owner)}, ${
          props.principle
        }: ${rate}% pass (${
          cell.pass
        } of ${total}). Show this owner's compliance drift`}
      >
        {rate}%
      </FilterLink>
    </TableCell>
  );
}
