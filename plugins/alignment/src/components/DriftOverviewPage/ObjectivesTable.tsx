import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { ObjectiveCoverage } from '@lodestar/backstage-plugin-alignment-common';
import { ObjectiveStatusChip } from './ObjectiveStatusChip';

const STATUS_ORDER = { active: 0, proposed: 1, retired: 2 };

/**
 * Every objective with its status, owner and how well the entities serving
 * it are aligned. A retired objective names its successor, which is where
 * its supporters should move.
 */
export function ObjectivesTable(props: { objectives: ObjectiveCoverage[] }) {
  const objectives = [...props.objectives].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      a.title.localeCompare(b.title),
  );
  return (
    <Box overflow="auto">
      <Table size="small" aria-label="Objectives">
        <TableHead>
          <TableRow>
            <TableCell>Objective</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>Horizon</TableCell>
            <TableCell align="right">Supporting entities</TableCell>
            <TableCell align="right">Mean score</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {objectives.map(o => (
            <TableRow key={o.entityRef}>
              <TableCell>
                <EntityRefLink entityRef={o.entityRef}>{o.title}</EntityRefLink>
              </TableCell>
              <TableCell>
                <Box
                  display="flex"
                  alignItems="center"
                  flexWrap="wrap"
                  style={{ gap: 8 }}
                >
                  <ObjectiveStatusChip status={o.status} />
                  {o.status === 'retired' && o.successor && (
                    <Typography variant="body2" component="span">
                      → succeeded by{' '}
                      <EntityRefLink
                        entityRef={o.successor}
                        defaultKind="objective"
                      />
                    </Typography>
                  )}
                </Box>
              </TableCell>
              <TableCell>
                <EntityRefLink entityRef={o.owner} defaultKind="group" />
              </TableCell>
              <TableCell>{o.horizon ?? '—'}</TableCell>
              <TableCell align="right">{o.supportingCount}</TableCell>
              <TableCell align="right">{o.meanScore ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
