import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { PrinciplePreview } from '@lodestar/backstage-plugin-alignment-common';

/** The draft's outcomes per owner, most failures first: who it would land on. */
export function PreviewByOwner(props: {
  byOwner: PrinciplePreview['byOwner'];
}) {
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        By owner
      </Typography>
      <Table size="small" aria-label="Preview by owner">
        <TableHead>
          <TableRow>
            <TableCell>Owner</TableCell>
            <TableCell align="right">Pass</TableCell>
            <TableCell align="right">Fail</TableCell>
            <TableCell align="right">Error</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.byOwner.map(row => (
            <TableRow key={row.owner}>
              <TableCell>
                {row.owner ? (
                  <EntityRefLink entityRef={row.owner} defaultKind="group" />
                ) : (
                  'No owner'
                )}
              </TableCell>
              <TableCell align="right">{row.pass}</TableCell>
              <TableCell align="right">{row.fail}</TableCell>
              <TableCell align="right">{row.error}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
