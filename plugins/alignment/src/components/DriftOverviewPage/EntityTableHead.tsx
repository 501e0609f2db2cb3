import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import type { EntitySortKey } from './useEntityQuery';

const COLUMNS: Array<{
  label: string;
  sort?: EntitySortKey;
  align?: 'right';
}> = [
  { label: 'Entity', sort: 'entityRef' },
  { label: 'Title', sort: 'title' },
  { label: 'Owner', sort: 'owner' },
  { label: 'Score', sort: 'score', align: 'right' },
  { label: 'Level', sort: 'level' },
  { label: '30-day change', align: 'right' },
  { label: 'Checks' },
  { label: 'Signals' },
];

/**
 * Column headers; the sortable ones sort on the server, since the table
 * only ever holds one page.
 */
export function EntityTableHead(props: {
  sort: EntitySortKey;
  order: 'asc' | 'desc';
  onSort: (sort: EntitySortKey, order: 'asc' | 'desc') => void;
}) {
  const { sort, order, onSort } = props;
  return (
    <TableHead>
      <TableRow>
        {COLUMNS.map(column => (
          <TableCell
            key={column.label}
            align={column.align}
            sortDirection={column.sort === sort ? order : false}
          >
            {column.sort ? (
              <TableSortLabel
                active={column.sort === sort}
                direction={column.sort === sort ? order : 'asc'}
                onClick={() =>
                  onSort(
                    column.sort!,
                    column.sort === sort && order === 'asc' ? 'desc' : 'asc',
                  )
                }
              >
                {column.label}
              </TableSortLabel>
            ) : (
              column.label
            )}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
}
