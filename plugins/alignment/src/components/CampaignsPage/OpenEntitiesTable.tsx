import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  CampaignEntityState,
  CampaignProgress,
} from '@lodestar/backstage-plugin-alignment-common';
import { CheckName } from '../common';
import { AlignmentTabLink } from '../DriftOverviewPage/AlignmentTabLink';

/** How an entity's campaign state reads. */
export const STATE_LABELS: Record<CampaignEntityState, string> = {
  done: 'Done',
  remaining: 'Remaining',
  waived: 'Waived',
  errored: 'Errored',
  'no-data': 'No data',
};

/**
 * One page of the entities a campaign still needs something from, each
 * linking to its Alignment tab (where the fix is explained) with the checks
 * it does not pass yet. The backend pages by cursor, so paging is
 * Previous/Next with the range shown and the total.
 */
export function OpenEntitiesTable(props: {
  open: CampaignProgress['open'];
  /** Index of the first row shown, counted over all pages. */
  offset: number;
  loading: boolean;
  onPrevious?: () => void;
  onNext?: () => void;
}) {
  const { open, offset } = props;
  if (open.totalCount === 0) {
    return (
      <Typography variant="body2">
        Nothing left: every entity in scope is done.
      </Typography>
    );
  }
  return (
    <>
      <Table size="small" aria-label="Open entities">
        <TableHead>
          <TableRow>
            <TableCell>Entity</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>State</TableCell>
            <TableCell>Open checks</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {open.items.map(todo => (
            <TableRow
              key={todo.entityRef}
              data-testid={`open-${todo.entityRef}`}
            >
              <TableCell>
                <AlignmentTabLink entityRef={todo.entityRef} />
              </TableCell>
              <TableCell>
                {todo.owner ? (
                  <EntityRefLink entityRef={todo.owner} defaultKind="group" />
                ) : (
                  <em>No owner</em>
                )}
              </TableCell>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {STATE_LABELS[todo.state] ?? todo.state}
              </TableCell>
              <TableCell>
                {todo.openChecks.map((checkId, i) => (
                  <span key={checkId}>
                    {i > 0 && ', '}
                    <CheckName checkId={checkId} />
                  </span>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box
        display="flex"
        alignItems="center"
        justifyContent="flex-end"
        style={{ gap: 16 }}
        mt={1}
      >
        <Typography variant="body2" aria-live="polite">
          {offset + 1}–{offset + open.items.length} of {open.totalCount}
        </Typography>
        <Button
          onClick={props.onPrevious}
          disabled={props.loading || !props.onPrevious}
        >
          Previous
        </Button>
        <Button
          onClick={props.onNext}
          disabled={props.loading || !props.onNext}
        >
          Next
        </Button>
      </Box>
    </>
  );
}
