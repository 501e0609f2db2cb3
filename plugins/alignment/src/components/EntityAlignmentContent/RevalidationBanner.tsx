import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { StrategySummary } from '@lodestar/backstage-plugin-alignment-common';

/** Asks the owner to review the entity against the latest strategy revision. */
export function RevalidationBanner(props: { strategy?: StrategySummary }) {
  const revision = props.strategy?.latestRevision;
  return (
    <Alert severity="warning" role="alert">
      <AlertTitle>Needs revalidation</AlertTitle>
      {revision ? (
        <>
          The strategy was revised on <strong>{revision.date}</strong> (
          {revision.trigger}): {revision.summary}{' '}
        </>
      ) : (
        'The strategy was revised since this entity was last reviewed. '
      )}
      Review it with its owner and record the date in the{' '}
      <code>lodestar.dev/reviewed-at</code> annotation.
    </Alert>
  );
}
