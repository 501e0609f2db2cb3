import { ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { isPermissionDenied } from './requestErrors';

/**
 * Why a page's Lodestar data could not be loaded. A refusal is not a fault,
 * so it reads as a sentence about access instead of an error with a stack;
 * anything else shows the server's error and a way to try again.
 *
 * @param props.what - what could not be loaded, e.g. `this strategy's alignment`
 */
export function PageLoadError(props: {
  error: Error;
  what: string;
  onRetry?: () => void;
}) {
  const { error, what, onRetry } = props;
  if (isPermissionDenied(error)) {
    return (
      <Alert severity="info">
        <AlertTitle>You don't have permission to see {what}</AlertTitle>
        Lodestar shows only what your permissions in this portal allow. Ask your
        Backstage administrator for access if you need it.
      </Alert>
    );
  }
  return (
    <>
      <ResponseErrorPanel error={error} title={`Could not load ${what}`} />
      {onRetry && (
        <Box mt={2}>
          <Button variant="outlined" onClick={onRetry}>
            Try again
          </Button>
        </Box>
      )}
    </>
  );
}
