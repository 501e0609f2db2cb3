import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { OrgScoreCard } from './OrgScoreCard';
import { PageLoadError } from '../common/PageLoadError';
import { RealignmentPanel } from './RealignmentPanel';
import { RevisionTimeline } from './RevisionTimeline';
import { StrategyObjectivesCard } from './StrategyObjectivesCard';
import { StrategyPrinciplesCard } from './StrategyPrinciplesCard';
import { strategyText } from './strategySpec';
import { StrategyTextCard } from './StrategyTextCard';

/**
 * The page content of a Strategy entity (`lodestar.dev/v1alpha1`): its
 * thesis, product future and trajectory, its revisions, the objectives it
 * pursues and the principles that follow from it with their figures, the
 * org score across the revisions, and the realignment still to do. The
 * strategy's text comes from the entity; the figures from one request.
 * @public
 */
export function StrategyPageContent() {
  const { entity } = useEntity();
  const api = useApi(alignmentApiRef);
  const page = useAsyncRetry(
    () => api.getStrategyPage(getCompoundEntityRef(entity)),
    [api, entity],
  );
  const text = strategyText(entity);

  if (page.loading && !page.value) {
    return <Progress aria-label="Loading the strategy's alignment" />;
  }
  if (page.error) {
    return (
      <PageLoadError
        error={page.error}
        what="this strategy's alignment"
        onRetry={page.retry}
      />
    );
  }
  const data = page.value!;
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={7}>
        <StrategyTextCard text={text} measured={data.trajectory} />
      </Grid>
      <Grid item xs={12} md={5}>
        <RealignmentPanel realignment={data.realignment} />
      </Grid>
      <Grid item xs={12} md={7}>
        <OrgScoreCard trend={data.scoreTrend} revisions={data.revisions} />
      </Grid>
      <Grid item xs={12} md={5}>
        <RevisionTimeline revisions={text.revisions} />
      </Grid>
      <Grid item xs={12} md={6}>
        <StrategyObjectivesCard objectives={data.objectives} />
      </Grid>
      <Grid item xs={12} md={6}>
        <StrategyPrinciplesCard principles={data.principles} />
      </Grid>
    </Grid>
  );
}
