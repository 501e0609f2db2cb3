import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  DEFAULT_NAMESPACE,
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { PageLoadError } from '../common/PageLoadError';
import { MeasuresCard } from './MeasuresCard';
import { objectiveText } from './objectiveSpec';
import { ObjectiveSummaryCard } from './ObjectiveSummaryCard';
import { RetiredDriftAlert } from './RetiredDriftAlert';
import { SupporterDeliveryCard } from './SupporterDeliveryCard';
import { SupportersTable } from './SupportersTable';
import { SupporterLevelsCard } from './SupporterLevelsCard';

/**
 * The page content of an Objective entity (`lodestar.dev/v1alpha1`): its
 * status, horizon, owner and successor, whether its measures are on track,
 * how the services serving it deliver, the levels of those entities and
 * their number over time, and the entities in a paginated, filterable
 * table. For a retired objective, what still serves
 * it comes first, by owner, with the successor to move to. Two requests:
 * the page's figures, then the first page of supporters.
 * @public
 */
export function ObjectivePageContent() {
  const { entity } = useEntity();
  const api = useApi(alignmentApiRef);
  const page = useAsyncRetry(
    () => api.getObjectivePage(getCompoundEntityRef(entity)),
    [api, entity],
  );
  const text = objectiveText(entity);
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;

  if (page.loading && !page.value) {
    return <Progress aria-label="Loading the objective's alignment" />;
  }
  if (page.error) {
    return (
      <PageLoadError
        error={page.error}
        what="this objective's alignment"
        onRetry={page.retry}
      />
    );
  }
  const data = page.value!;
  const retired = (text.status ?? data.objective.status) === 'retired';
  return (
    <Grid container spacing={3} alignItems="stretch">
      {retired && (
        <Grid item xs={12}>
          <RetiredDriftAlert
            total={data.objective.supportingCount}
            byOwner={data.byOwner}
            successor={data.objective.successor ?? text.successor}
            namespace={namespace}
          />
        </Grid>
      )}
      <Grid item xs={12} md={5}>
        <ObjectiveSummaryCard text={text} data={data} namespace={namespace} />
      </Grid>
      <Grid item xs={12} md={7}>
        <MeasuresCard measures={data.progress.measures} />
      </Grid>
      <Grid item xs={12}>
        <SupporterDeliveryCard progress={data.progress} />
      </Grid>
      <Grid item xs={12}>
        <SupporterLevelsCard data={data} />
      </Grid>
      <Grid item xs={12}>
        <SupportersTable
          objectiveRef={stringifyEntityRef(entity)}
          retired={retired}
        />
      </Grid>
    </Grid>
  );
}
