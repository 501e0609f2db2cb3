import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { WaiverResponse } from '@lodestar/backstage-plugin-alignment-common';
import { shortRef } from '../common/refs';

/** A user as their name; a service's subject (`plugin:…`) as it is. */
function author(createdBy: string): string {
  return createdBy.startsWith('user:') ? shortRef(createdBy) : createdBy;
}

function isExpired(waiver: WaiverResponse, now: number): boolean {
  return Date.parse(waiver.expiresAt) <= now;
}

/**
 * The waivers recorded against the principle: on which entity, why, until
 * when and by whom. Expired ones stay listed, marked, since they show where
 * the principle was once accepted as broken.
 */
export function WaiversCard(props: { waivers: WaiverResponse[] }) {
  const { waivers } = props;
  const now = Date.now();
  return (
    <InfoCard title="Waivers" subheader={`${waivers.length} recorded`}>
      {waivers.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No waivers on this principle. An entity's owner can accept a failure
          for a while from the entity's Alignment tab.
        </Typography>
      ) : (
        <Table size="small" aria-label="Waivers">
          <TableHead>
            <TableRow>
              <TableCell>Entity</TableCell>
              <TableCell>Reason</TableCell>
              <TableCell>Expires</TableCell>
              <TableCell>By</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {waivers.map(waiver => (
              <TableRow key={waiver.id}>
                <TableCell>
                  <EntityRefLink entityRef={waiver.entityRef} />
                </TableCell>
                <TableCell>{waiver.reason}</TableCell>
                <TableCell>
                  {waiver.expiresAt.slice(0, 10)}
                  {isExpired(waiver, now) && (
                    <Chip
                      size="small"
                      label="Expired"
                      variant="outlined"
                      style={{ marginLeft: 8 }}
                    />
                  )}
                </TableCell>
                <TableCell>{author(waiver.createdBy)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}
