import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { ExecutionGapRow } from '@lodestar/backstage-plugin-alignment-common';
import { OutcomeChip } from '../common/OutcomeChip';
import { formatPercent } from '../DriftOverviewPage/HeadlineFigures';
import { DeliveryBands } from './DeliveryBands';

/**
 * Every active objective: how aligned its supporters are, how they
 * deliver, and whether its measures are on track, side by side so the
 * columns can be read against each other.
 */
export function ExecutionGapTable(props: { rows: ExecutionGapRow[] }) {
  return (
    <Box overflow="auto">
      <Table size="small" aria-label="Execution gap">
        <TableHead>
          <TableRow>
            <TableCell>Objective</TableCell>
            <TableCell align="right">Supporters</TableCell>
            <TableCell align="right">Mean score</TableCell>
            <TableCell align="right">Drifting</TableCell>
            <TableCell>Delivery</TableCell>
            <TableCell>Outcome</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map(row => (
            <TableRow key={row.objectiveRef}>
              <TableCell>
                <EntityRefLink
                  entityRef={row.objectiveRef}
                  defaultKind="objective"
                >
                  {row.title}
                </EntityRefLink>
              </TableCell>
              <TableCell align="right">{row.supporters}</TableCell>
              <TableCell align="right">{row.meanScore ?? '—'}</TableCell>
              <TableCell align="right">
                {formatPercent(row.driftingShare)}
              </TableCell>
              <TableCell>
                <DeliveryBands delivery={row.delivery} />
              </TableCell>
              <TableCell>
                <OutcomeChip status={row.outcome} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
