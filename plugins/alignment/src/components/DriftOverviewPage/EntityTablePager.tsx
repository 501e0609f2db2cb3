import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { PAGE_SIZES } from './useEntityQuery';

/**
 * Previous/Next paging over cursors. The backend pages by cursor (offsets
 * get slow at 50k rows), so there is no "jump to page N", only the range
 * shown and the total.
 */
export function EntityTablePager(props: {
  pageIndex: number;
  pageSize: number;
  shown: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
  disabled: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (pageSize: number) => void;
}) {
  const first = props.pageIndex * props.pageSize + 1;
  const last = props.pageIndex * props.pageSize + props.shown;
  return (
    <Box
      display="flex"
      alignItems="center"
      justifyContent="flex-end"
      flexWrap="wrap"
      style={{ gap: 16 }}
      mt={1}
    >
      <TextField
        select
        id="alignment-page-size"
        label="Rows per page"
        value={props.pageSize}
        onChange={e => props.onPageSize(Number(e.target.value))}
        SelectProps={{ native: true }}
        size="small"
        style={{ minWidth: 120 }}
      >
        {PAGE_SIZES.map(size => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </TextField>
      <Typography variant="body2" aria-live="polite">
        {props.shown === 0
          ? `0 of ${props.total}`
          : `${first}–${last} of ${props.total}`}
      </Typography>
      <Button
        onClick={props.onPrevious}
        disabled={props.disabled || !props.hasPrevious}
      >
        Previous
      </Button>
      <Button
        onClick={props.onNext}
        disabled={props.disabled || !props.hasNext}
      >
        Next
      </Button>
    </Box>
  );
}
