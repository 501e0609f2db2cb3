import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { PrinciplePreview } from '@lodestar/backstage-plugin-alignment-common';
import { StatusLabel } from '../common/StatusLabel';

/**
 * The first entities the draft would fail or could not evaluate, with what
 * the rule found and the score each would lose.
 *
 * @param props.total - how many fail or err in all; the backend sends the first 50
 */
export function PreviewFailing(props: {
  failing: PrinciplePreview['failing'];
  total: number;
}) {
  const { failing, total } = props;
  if (failing.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No entity would fail the draft.
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        {failing.length < total
          ? `First ${failing.length} of ${total} failing entities`
          : 'Failing entities'}
      </Typography>
      <Table size="small" aria-label="Entities failing the draft">
        <TableHead>
          <TableRow>
            <TableCell>Entity</TableCell>
            <TableCell>Owner</TableCell>
            <TableCell>Outcome</TableCell>
            <TableCell>What the rule found</TableCell>
            <TableCell align="right">Score</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {failing.map(row => (
            <TableRow key={row.entityRef}>
              <TableCell>
                <EntityRefLink entityRef={row.entityRef} />
              </TableCell>
              <TableCell>
                {row.owner ? (
                  <EntityRefLink entityRef={row.owner} defaultKind="group" />
                ) : (
                  'No owner'
                )}
              </TableCell>
              <TableCell>
                <StatusLabel status={row.status} />
              </TableCell>
              <TableCell>{row.message}</TableCell>
              <TableCell align="right">
                {row.scoreBefore} → {row.scoreAfter}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
