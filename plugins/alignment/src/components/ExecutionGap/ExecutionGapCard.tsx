import { ReactNode } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { PageLoadError } from '../common/PageLoadError';
import { ExecutionGapTable } from './ExecutionGapTable';
import { RevisionCandidates } from './RevisionCandidates';

/**
 * The execution gap: for each active objective, whether the services
 * serving it are aligned and deliver, against whether its measures are
 * on track. The objectives where the two disagree come first.
 */
export function ExecutionGapCard() {
  const api = useApi(alignmentApiRef);
  const state = useAsyncRetry(() => api.getExecutionGap(), [api]);

  let body: ReactNode;
  if (state.loading && !state.value) {
    body = <Progress aria-label="Loading the execution gap" />;
  } else if (state.error) {
    body = (
      <PageLoadError
        error={state.error}
        what="the execution gap"
        onRetry={state.retry}
      />
    );
  } else if (state.value && state.value.objectives.length === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        No active objective you can see. Once objectives are active and services
        serve them, their alignment shows here beside their outcome.
      </Typography>
    );
  } else if (state.value) {
    body = (
      <>
        <RevisionCandidates rows={state.value.objectives} />
        <Box mt={3}>
          <ExecutionGapTable rows={state.value.objectives} />
        </Box>
      </>
    );
  }

  return (
    <InfoCard
      title="Execution gap"
      subheader="Whether the services serving each active objective are aligned and deliver, beside whether its measures are on track"
    >
      {body}
    </InfoCard>
  );
}
