import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { DeliveryPanel } from '../DeliveryPanel';
import { CampaignsBanner } from './CampaignsBanner';
import { isAlignmentAvailable } from '../isAlignmentAvailable';
import { NoStrategyYet, NotEvaluatedYet, OutOfScope } from './EmptyStates';
import { ObjectivesServed } from './ObjectivesServed';
import { PillarSection } from './PillarSection';
import { RevalidationBanner } from './RevalidationBanner';
import { ScoreSummary } from './ScoreSummary';
import { ScoreTrendChart } from './ScoreTrendChart';
import { WaiversPanel } from './WaiversPanel';

/**
 * The Alignment tab: the entity's score and level, every check by pillar
 * with why it matters and how to fix it, the objectives it serves, its
 * score over time, its waivers, and how it delivers (its DORA keys and
 * other facts, which some principles read).
 * @public
 */
export function EntityAlignmentContent() {
  const { entity } = useEntity();
  const api = useApi(alignmentApiRef);
  const ref = getCompoundEntityRef(entity);

  const state = useAsyncRetry(async () => {
    if (!isAlignmentAvailable(entity)) return { scope: false as const };
    const [scorecard, strategies] = await Promise.all([
      api.getScorecard(ref),
      api.getStrategies(),
    ]);
    if (!scorecard) {
      return {
        scope: true as const,
        strategies,
        latest: await api.getLatestEvaluation(),
      };
    }
    const [history, waivers] = await Promise.all([
      api.getHistory(ref),
      api.listWaivers(ref),
    ]);
    return {
      scope: true as const,
      strategies,
      scorecard,
      history,
      waivers: waivers.items,
    };
  }, [api, entity]);

  if (state.loading && !state.value) return <Progress />;
  if (state.error) return <ResponseErrorPanel error={state.error} />;
  const value = state.value!;
  if (!value.scope) return <OutOfScope kind={entity.kind} />;
  if (!value.scorecard) {
    return value.strategies.length === 0 ? (
      <NoStrategyYet />
    ) : (
      <NotEvaluatedYet lastRunAt={value.latest?.startedAt} />
    );
  }

  const { scorecard, history, waivers, strategies } = value;
  const failing = scorecard.pillars
    .flatMap(p => p.checks)
    .filter(c => c.status === 'fail');
  const refresh = async () => {
    // Re-score at once so a new or removed waiver shows; without the
    // permission to run evaluations, the next scheduled run will do it.
    await api.evaluateEntity(ref).catch(() => undefined);
    state.retry();
  };

  return (
    <Grid container spacing={3}>
      {scorecard.needsRevalidation && (
        <Grid item xs={12}>
          <RevalidationBanner strategy={strategies[0]} />
        </Grid>
      )}
      {scorecard.campaigns?.some(c => c.state !== 'done') && (
        <Grid item xs={12}>
          <CampaignsBanner standings={scorecard.campaigns} />
        </Grid>
      )}
      <Grid item xs={12} md={5}>
        <ScoreSummary scorecard={scorecard} onReevaluate={refresh} />
      </Grid>
      <Grid item xs={12} md={7}>
        <ScoreTrendChart history={history} />
      </Grid>
      <Grid item xs={12} md={6}>
        <ObjectivesServed objectives={scorecard.objectives} />
      </Grid>
      <Grid item xs={12} md={6}>
        <WaiversPanel
          entityRef={stringifyEntityRef(entity)}
          waivers={waivers}
          failingChecks={failing}
          onChange={refresh}
        />
      </Grid>
      <Grid item xs={12}>
        <DeliveryPanel />
      </Grid>
      {scorecard.pillars.map(pillar => (
        <Grid item xs={12} key={pillar.id}>
          <PillarSection pillar={pillar} />
        </Grid>
      ))}
    </Grid>
  );
}
