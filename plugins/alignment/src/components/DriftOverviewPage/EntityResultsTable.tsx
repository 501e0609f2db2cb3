import { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { EntityTableHead } from './EntityTableHead';
import { EntityTablePager } from './EntityTablePager';
import { EntityTableRow } from './EntityTableRow';
import type { useEntityPage } from './useEntityPage';
import type { EntityQuery, EntitySortKey } from './useEntityQuery';

/**
 * One server page of entity rows under a sortable head, with a row saying
 * why it is empty and the pager below: the part of the drift overview's
 * entity table that an objective's supporters list shares.
 */
export function EntityResultsTable(props: {
  /** Accessible name of the table. */
  label: string;
  query: EntityQuery;
  page: ReturnType<typeof useEntityPage>;
  onSort: (sort: EntitySortKey, order: 'asc' | 'desc') => void;
  onPageSize: (pageSize: number) => void;
  /** What the table says when the page came back empty. */
  empty: ReactNode;
}) {
  const { query, page } = props;
  const rows = page.value?.items ?? [];
  return (
    <>
      <Box overflow="auto">
        <Table size="small" aria-label={props.label} aria-busy={page.loading}>
          <EntityTableHead
            sort={query.sort}
            order={query.order}
            onSort={props.onSort}
          />
          <TableBody>
            {rows.map(row => (
              <EntityTableRow key={row.entityRef} row={row} />
            ))}
            {!page.loading && page.value && rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={8}>{props.empty}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </Box>
      <EntityTablePager
        pageIndex={page.pageIndex}
        pageSize={query.pageSize}
        shown={rows.length}
        total={page.value?.totalItems ?? 0}
        hasPrevious={page.hasPrevious}
        hasNext={page.hasNext}
        disabled={page.loading}
        onPrevious={page.previous}
        onNext={page.next}
        onPageSize={props.onPageSize}
      />
    </>
  );
}
