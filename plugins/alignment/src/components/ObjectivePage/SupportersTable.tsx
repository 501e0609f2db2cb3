import { useMemo } from 'react';
import { CodeSnippet, InfoCard, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { shortRef } from '../common/refs';
import { ENTITY_TABLE_ID } from '../DriftOverviewPage/entityTableAnchor';
import { EntityResultsTable } from '../DriftOverviewPage/EntityResultsTable';
import { EntityTableFilters } from '../DriftOverviewPage/EntityTableFilters';
import { useEntityPage } from '../DriftOverviewPage/useEntityPage';
import { hasFilter, useEntityQuery } from '../DriftOverviewPage/useEntityQuery';
import { PageLoadError } from '../common/PageLoadError';

function NoSupporters(props: { objectiveRef: string; retired: boolean }) {
  if (props.retired) {
    return (
      <Typography variant="body2" color="textSecondary">
        No entity you can see serves this retired objective any more.
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body2" color="textSecondary" gutterBottom>
        No entity you can see serves this objective yet. An entity serves it
        when it, its system or its domain names it in the
        lodestar.dev/objectives annotation:
      </Typography>
      <CodeSnippet
        language="yaml"
        text={`metadata:\n  annotations:\n    lodestar.dev/objectives: ${shortRef(
          props.objectiveRef,
        )}\n`}
        showCopyCodeButton
      />
    </>
  );
}

/**
 * The entities serving the objective, one server page at a time: the drift
 * overview's table, narrowed to this objective. Filters, sorting and page
 * size live in the URL like the overview's, so the owner counts above can
 * link to a filtered list.
 */
export function SupportersTable(props: {
  objectiveRef: string;
  retired: boolean;
}) {
  const { objectiveRef, retired } = props;
  const { query, setFilter, clearFilters, setSort, setPageSize } =
    useEntityQuery();
  const supporters = useMemo(
    () => ({ ...query, filter: { ...query.filter, objective: objectiveRef } }),
    [query, objectiveRef],
  );
  const page = useEntityPage(supporters);
  const filtered = hasFilter(query.filter);

  let subheader: string | undefined;
  if (page.value) {
    subheader = filtered
      ? `${page.value.totalItems} match the filters`
      : `${page.value.totalItems} serve this objective`;
  }

  return (
    <div id={ENTITY_TABLE_ID}>
      <InfoCard title="Supporting entities" subheader={subheader}>
        <EntityTableFilters
          filter={query.filter}
          onChange={setFilter}
          onClear={clearFilters}
        />
        <Box mt={2} minHeight={4}>
          {/* Rows of the previous page stay visible while the next loads. */}
          {page.loading && (
            <Progress aria-label="Loading supporting entities" />
          )}
        </Box>
        {page.error ? (
          <PageLoadError
            error={page.error}
            what="the supporting entities"
            onRetry={page.retry}
          />
        ) : (
          <EntityResultsTable
            label="Supporting entities"
            query={query}
            page={page}
            onSort={setSort}
            onPageSize={setPageSize}
            empty={
              filtered ? (
                <>
                  <Typography variant="body2" color="textSecondary">
                    No supporting entity matches these filters.
                  </Typography>
                  <Button size="small" onClick={clearFilters}>
                    Clear filters
                  </Button>
                </>
              ) : (
                <NoSupporters objectiveRef={objectiveRef} retired={retired} />
              )
            }
          />
        )}
      </InfoCard>
    </div>
  );
}
