import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { DownloadCsvButton } from './DownloadCsvButton';
import { ENTITY_TABLE_ID } from './entityTableAnchor';
import { EntityResultsTable } from './EntityResultsTable';
import { EntityTableFilters } from './EntityTableFilters';
import { useEntityPage } from './useEntityPage';
import { hasFilter, useEntityQuery } from './useEntityQuery';

/**
 * Every evaluated entity, one server-side page at a time, filtered and
 * sorted by what the URL says. Built for 50k entities: only the current
 * page is ever loaded.
 */
export function EntityTable() {
  const { query, setFilter, clearFilters, setSort, setPageSize } =
    useEntityQuery();
  const page = useEntityPage(query);
  const filtered = hasFilter(query.filter);

  return (
    <div id={ENTITY_TABLE_ID}>
      <InfoCard
        title="Entities"
        subheader={
          page.value
            ? `${page.value.totalItems} ${
                filtered ? 'match the filters' : 'evaluated'
              }`
            : undefined
        }
        action={<DownloadCsvButton query={query} />}
      >
        <EntityTableFilters
          filter={query.filter}
          onChange={setFilter}
          onClear={clearFilters}
        />
        <Box mt={2} minHeight={4}>
          {/* Rows of the previous page stay visible while the next loads. */}
          {page.loading && <Progress aria-label="Loading entities" />}
        </Box>
        {page.error ? (
          <ResponseErrorPanel
            error={page.error}
            title="Could not load entities"
          />
        ) : (
          <EntityResultsTable
            label="Entities"
            query={query}
            page={page}
            onSort={setSort}
            onPageSize={setPageSize}
            empty={
              <>
                <Typography variant="body2" color="textSecondary">
                  {filtered
                    ? 'No entity matches these filters.'
                    : 'No entity has been evaluated yet.'}
                </Typography>
                {filtered && (
                  <Button size="small" onClick={clearFilters}>
                    Clear filters
                  </Button>
                )}
              </>
            }
          />
        )}
      </InfoCard>
    </div>
  );
}
