import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { CampaignOwnerProgress } from '@lodestar/backstage-plugin-alignment-common';
import { CampaignProgressBar } from './CampaignProgressBar';

const COLUMNS = [
  ['remaining', 'Remaining'],
  ['waived', 'Waived'],
  ['errored', 'Errored'],
  ['noData', 'No data'],
] as const;

/**
 * A campaign's counts per owning team, in the backend's order, so a team
 * lead finds their row and an architect sees who holds the work.
 */
export function OwnerProgressTable(props: { owners: CampaignOwnerProgress[] }) {
  if (props.owners.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No entity is in scope yet.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Progress by owner">
      <TableHead>
        <TableRow>
          <TableCell>Owner</TableCell>
          <TableCell>Done / in scope</TableCell>
          {COLUMNS.map(([key, label]) => (
            <TableCell key={key} align="right">
              {label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.owners.map(({ owner, counts }) => (
          <TableRow key={owner} data-testid={`owner-${owner}`}>
            <TableCell>
              {owner === 'unowned' ? (
                <em>No owner</em>
              ) : (
                <EntityRefLink entityRef={owner} defaultKind="group" />
              )}
            </TableCell>
            <TableCell>
              <CampaignProgressBar
                counts={counts}
                label={`${owner}: done of in scope`}
              />
            </TableCell>
            {COLUMNS.map(([key]) => (
              <TableCell key={key} align="right">
                {counts[key]}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
