import { EmptyState } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import type { EvaluationRun } from '@lodestar/backstage-plugin-alignment-common';

/**
 * What to show when there are no results: why (no strategy, no run yet, a
 * run under way or failed) and what happens next.
 */
export function NoResultsState(props: {
  hasStrategy: boolean | undefined;
  lastRun: EvaluationRun | undefined;
  onRefresh: () => void;
}) {
  const { hasStrategy, lastRun } = props;
  const refresh = (
    <Button variant="contained" color="primary" onClick={props.onRefresh}>
      Refresh
    </Button>
  );
  if (hasStrategy === false) {
    return (
      <EmptyState
        missing="data"
        title="No strategy defined yet"
        description="Alignment is measured against a Strategy entity and its Objectives and Principles. Add a Strategy (kind: Strategy, apiVersion: lodestar.dev/v1alpha1) to the catalog; the next evaluation run scores every entity against it."
        action={refresh}
      />
    );
  }
  if (!lastRun) {
    return (
      <EmptyState
        missing="data"
        title="No evaluation has run yet"
        description="The first evaluation run starts shortly after the backend starts and then runs daily. This page fills in once it has finished."
        action={refresh}
      />
    );
  }
  if (lastRun.status === 'running') {
    return (
      <EmptyState
        missing="data"
        title="The first evaluation is running"
        description="Entities are being scored now. Refresh in a minute to see the results."
        action={refresh}
      />
    );
  }
  if (lastRun.status === 'failed') {
    return (
      <EmptyState
        missing="data"
        title="The latest evaluation run failed"
        description={lastRun.error ?? 'The backend logs say why.'}
        action={refresh}
      />
    );
  }
  return (
    <EmptyState
      missing="data"
      title="No entities evaluated"
      description="The latest run found no catalog entities to evaluate. Entities appear here after the next run once they are in the catalog."
      action={refresh}
    />
  );
}
