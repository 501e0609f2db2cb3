import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { useMemo } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { FailingEntitiesCard } from './FailingEntitiesCard';
import { GuidanceCard } from './GuidanceCard';
import { PageLoadError } from '../common/PageLoadError';
import { PassRateCard } from './PassRateCard';
import { PassRateTrendCard } from './PassRateTrendCard';
import { PreviewPanel } from './PreviewPanel';
import { readPrincipleText } from './principleSpec';
import { RuleCard } from './RuleCard';
import { UpcomingPrincipleAlert } from './UpcomingPrincipleAlert';
import { useFailingEntities } from './useFailingEntities';
import { WaiversCard } from './WaiversCard';

/**
 * The page of a Principle entity: its rule, scope and guidance from the
 * entity itself; its pass rate now and over time, who fails it and its
 * waivers from Lodestar; and an editor that previews a changed rule.
 * Loads the principle's figures and the first page of failures at once.
 * @public
 */
export function PrinciplePageContent() {
  const { entity } = useEntity();
  const api = useApi(alignmentApiRef);
  const text = useMemo(() => readPrincipleText(entity), [entity]);
  // A principle's check id is its entity ref in lowercase.
  const checkId = stringifyEntityRef(entity).toLocaleLowerCase('en-US');

  const page = useAsyncRetry(
    () => api.getPrinciplePage(getCompoundEntityRef(entity)),
    [api, entity],
  );
  const failing = useFailingEntities(checkId);
  // The principle's date while it is still ahead (UTC days, as the engine
  // compares them): the page then says it is upcoming.
  const upcomingFrom =
    text.effectiveFrom &&
    text.effectiveFrom > new Date().toISOString().slice(0, 10)
      ? text.effectiveFrom
      : undefined;

  return (
    <Grid container spacing={3}>
      {upcomingFrom && (
        <Grid item xs={12}>
          <UpcomingPrincipleAlert
            effectiveFrom={upcomingFrom}
            upcoming={page.value?.principle.upcoming}
          />
        </Grid>
      )}
      <Grid item xs={12} md={7}>
        <RuleCard text={text} />
      </Grid>
      <Grid item xs={12} md={5}>
        <GuidanceCard text={text} />
      </Grid>
      {page.loading && !page.value && (
        <Grid item xs={12}>
          <Progress aria-label="Loading the principle's results" />
        </Grid>
      )}
      {page.error && (
        <Grid item xs={12}>
          <PageLoadError
            error={page.error}
            what="this principle's results"
            onRetry={page.retry}
          />
        </Grid>
      )}
      {page.value && !page.error && (
        <>
          <Grid item xs={12} md={5}>
            <PassRateCard principle={page.value.principle} />
          </Grid>
          <Grid item xs={12} md={7}>
            <PassRateTrendCard trend={page.value.passRateTrend} />
          </Grid>
          <Grid item xs={12}>
            <FailingEntitiesCard page={failing} upcomingFrom={upcomingFrom} />
          </Grid>
          <Grid item xs={12}>
            <WaiversCard waivers={page.value.waivers} />
          </Grid>
        </>
      )}
      <Grid item xs={12}>
        <PreviewPanel key={text.rule} entity={entity} rule={text.rule} />
      </Grid>
    </Grid>
  );
}
