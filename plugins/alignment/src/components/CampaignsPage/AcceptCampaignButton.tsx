import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { alignmentCampaignAcceptPermission } from '@lodestar/backstage-plugin-alignment-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { isPermissionDenied, serverMessage } from '../common/requestErrors';

/**
 * Accepts a campaign Lodestar proposed, for people allowed to: others see
 * no button, since the backend would refuse them. After acceptance the
 * page reloads, so it shows the campaign as the backend now serves it; a
 * refusal (someone accepted it meanwhile, the permission was withdrawn)
 * is shown with the backend's own words.
 */
export function AcceptCampaignButton(props: {
  proposalId: string;
  onAccepted: () => void;
}) {
  const { proposalId, onAccepted } = props;
  const api = useApi(alignmentApiRef);
  const { allowed, loading } = usePermission({
    permission: alignmentCampaignAcceptPermission,
  });
  const [state, accept] = useAsyncFn(async () => {
    await api.acceptCampaignProposal(proposalId);
    onAccepted();
  }, [api, proposalId, onAccepted]);
  if (loading || !allowed) return null;
  return (
    <Box mb={2}>
      <Button
        variant="contained"
        color="primary"
        onClick={() => accept()}
        disabled={state.loading}
      >
        {state.loading ? 'Accepting…' : 'Accept campaign'}
      </Button>
      {state.error && (
        <Box mt={1}>
          <Alert severity="error">
            {isPermissionDenied(state.error)
              ? `Accepting campaigns needs the lodestar.campaign.accept permission: ${serverMessage(
                  state.error,
                )}`
              : `Could not accept the campaign: ${serverMessage(state.error)}`}
          </Alert>
        </Box>
      )}
    </Box>
  );
}
