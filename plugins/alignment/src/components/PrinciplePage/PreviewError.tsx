import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import {
  isPermissionDenied,
  serverMessage,
  statusOf,
} from '../common/requestErrors';

/**
 * Why a preview failed, beside the editor. A 400 is about the draft (most
 * often a rule that does not compile), so the server's own message is shown
 * as it is; a 403 names the permission that previewing needs.
 */
export function PreviewError(props: { error: Error }) {
  const { error } = props;
  let alert;
  if (isPermissionDenied(error)) {
    alert = (
      <Alert severity="info">
        <AlertTitle>You can't preview principles</AlertTitle>
        Previewing needs the lodestar.principle.preview permission. Ask your
        Backstage administrator for it if you write principles.
      </Alert>
    );
  } else if (statusOf(error) === 400) {
    alert = (
      <Alert severity="error">
        <AlertTitle>The draft was not accepted</AlertTitle>
        <Box component="span" fontFamily="monospace" whiteSpace="pre-wrap">
          {serverMessage(error)}
        </Box>
      </Alert>
    );
  } else {
    alert = (
      <Alert severity="error">
        <AlertTitle>The preview failed</AlertTitle>
        {serverMessage(error)}
      </Alert>
    );
  }
  return <Box mt={1}>{alert}</Box>;
}
