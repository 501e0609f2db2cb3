import { InfoCard, Link, Progress } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { EntityRow } from '@lodestar/backstage-plugin-alignment-common';
import { shortRef } from '../common/refs';
import { StatusLabel } from '../common/StatusLabel';
import { useAlignmentTabLink } from '../DriftOverviewPage/alignmentLinks';
import { EntityTablePager } from '../DriftOverviewPage/EntityTablePager';
import { groupByOwner } from './groupByOwner';
import { PageLoadError } from '../common/PageLoadError';
import type { FailingEntities } from './useFailingEntities';

/** One failing entity; its name links to its Alignment tab, where the fix is. */
function FailingRow(props: { row: EntityRow }) {
  const { row } = props;
  const to = useAlignmentTabLink()(row.entityRef);
  const name = row.title ?? shortRef(row.entityRef);
  return (
    <TableRow>
      <TableCell>
        {to ? (
          <Link to={to} title={row.entityRef}>
            {name}
          </Link>
        ) : (
          name
        )}
      </TableCell>
      <TableCell>
        <StatusLabel status={row.check?.status ?? 'fail'} />
      </TableCell>
      <TableCell>{row.check?.message ?? ''}</TableCell>
    </TableRow>
  );
}

/**
 * The entities on which the principle fails, cannot be evaluated, or was
 * not run because a fact it reads is missing or stale, with
 * what the rule found on each, under a heading per owner: who has to act.
 */
export function FailingEntitiesCard(props: {
  page: FailingEntities;
  /** The principle's `effectiveFrom`, while it is still ahead. */
  upcomingFrom?: string;
}) {
  const { page, upcomingFrom } = props;
  const rows = page.value?.items ?? [];
  const total = page.value?.totalItems;

  let body;
  if (page.error) {
    body = (
      <PageLoadError
        error={page.error}
        what="who fails this principle"
        onRetry={page.retry}
      />
    );
  } else if (page.loading && !page.value) {
    body = <Progress aria-label="Loading failing entities" />;
  } else if (total === 0 && upcomingFrom) {
    body = (
      <Typography variant="body2" color="textSecondary">
        Nobody fails it until {upcomingFrom}, when it starts to count. Until
        then each entity's Alignment tab shows it as upcoming, with whether the
        entity would pass.
      </Typography>
    );
  } else if (total === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        Nobody fails this principle: every entity it applies to passes, or has a
        waiver, and none lacks a fact it reads.
      </Typography>
    );
  } else {
    body = (
      <Box overflow="auto">
        <Table
          size="small"
          aria-label="Failing entities"
          aria-busy={page.loading}
        >
          <TableHead>
            <TableRow>
              <TableCell>Entity</TableCell>
              <TableCell>Outcome</TableCell>
              <TableCell>What the rule found</TableCell>
            </TableRow>
          </TableHead>
          {groupByOwner(rows).map((group, index) => (
            <TableBody
              key={`${group.owner ?? ''}-${index}`}
              aria-label={`Owner ${
                group.owner ? shortRef(group.owner) : 'none'
              }`}
            >
              <TableRow>
                <TableCell colSpan={3} component="th" scope="rowgroup">
                  <Typography variant="subtitle2" component="span">
                    {group.owner ? (
                      <EntityRefLink
                        entityRef={group.owner}
                        defaultKind="group"
                      />
                    ) : (
                      'No owner'
                    )}
                  </Typography>
                </TableCell>
              </TableRow>
              {group.rows.map(row => (
                <FailingRow key={row.entityRef} row={row} />
              ))}
            </TableBody>
          ))}
        </Table>
      </Box>
    );
  }

  return (
    <InfoCard
      title="Failing, erroring and without data"
      subheader={total === undefined ? undefined : `${total} in all`}
    >
      {body}
      {!page.error && total !== 0 && page.value && (
        <EntityTablePager
          pageIndex={page.pageIndex}
          pageSize={page.pageSize}
          shown={rows.length}
          total={total ?? 0}
          hasPrevious={page.hasPrevious}
          hasNext={page.hasNext}
          disabled={page.loading}
          onPrevious={page.previous}
          onNext={page.next}
          onPageSize={page.setPageSize}
        />
      )}
    </InfoCard>
  );
}
