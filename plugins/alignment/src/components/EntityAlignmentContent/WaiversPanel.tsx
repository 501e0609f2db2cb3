import { InfoCard } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import DeleteIcon from '@material-ui/icons/Delete';
import {
  alignmentWaiverCreatePermission,
  alignmentWaiverDeletePermission,
  CheckResult,
  WaiverResponse,
} from '@lodestar/backstage-plugin-alignment-common';
import { useState } from 'react';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { CheckName, checkLabel } from '../common';
import { WaiverDialog } from './WaiverDialog';

/**
 * Active waivers with their reason and expiry; users allowed to do so can
 * add one for a failing check, or remove one.
 */
export function WaiversPanel(props: {
  entityRef: string;
  waivers: WaiverResponse[];
  failingChecks: CheckResult[];
  onChange: () => void;
}) {
  const { entityRef, waivers, failingChecks, onChange } = props;
  const api = useApi(alignmentApiRef);
  const alertApi = useApi(alertApiRef);
  const canCreate = usePermission({
    permission: alignmentWaiverCreatePermission,
    resourceRef: entityRef,
  });
  const canDelete = usePermission({
    permission: alignmentWaiverDeletePermission,
    resourceRef: entityRef,
  });
  const [open, setOpen] = useState(false);

  const remove = async (waiver: WaiverResponse) => {
    try {
      await api.deleteWaiver(waiver.id);
      onChange();
    } catch (e) {
      alertApi.post({
        message: `Could not remove the waiver: ${(e as Error).message}`,
        severity: 'error',
      });
    }
  };

  return (
    <InfoCard
      title="Waivers"
      action={
        canCreate.allowed && failingChecks.length > 0 ? (
          <Button color="primary" onClick={() => setOpen(true)}>
            Waive a check
          </Button>
        ) : undefined
      }
    >
      {waivers.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No active waiver.
        </Typography>
      )}
      {waivers.map(waiver => (
        <Box
          key={waiver.id}
          display="flex"
          alignItems="flex-start"
          py={1}
          style={{ gap: 8 }}
        >
          <Box flexGrow={1}>
            <Typography variant="body2">
              <strong>
                <CheckName checkId={waiver.checkId} />
              </strong>{' '}
              until {waiver.expiresAt.slice(0, 10)}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {waiver.reason} ({waiver.createdBy})
            </Typography>
          </Box>
          {canDelete.allowed && (
            <IconButton
              aria-label={`Remove the waiver for ${checkLabel(waiver.checkId)}`}
              size="small"
              onClick={() => remove(waiver)}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          )}
        </Box>
      ))}
      {open && (
        <WaiverDialog
          open={open}
          entityRef={entityRef}
          failingChecks={failingChecks}
          onClose={() => setOpen(false)}
          onSubmit={async request => {
            await api.createWaiver(request);
            onChange();
          }}
        />
      )}
    </InfoCard>
  );
}
