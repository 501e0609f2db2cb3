import Grid from '@material-ui/core/Grid';
import type { AlignmentOverview } from '@lodestar/backstage-plugin-alignment-common';
import { ActiveCampaignsCard } from '../CampaignsPage/ActiveCampaignsCard';
import { ExecutionGapCard } from '../ExecutionGap';
import { EntityTable } from './EntityTable';
import { HeadlineFigures } from './HeadlineFigures';
import { ObjectiveCoverageCard } from './ObjectiveCoverageCard';
import { OrgTrendCard } from './OrgTrendCard';
import { OwnerPrincipleHeatmap } from './OwnerPrincipleHeatmap';

/**
 * The populated page, in the order an architect asks: where do we stand and
 * is it improving, whether the objectives' outcomes follow, who owns the
 * gaps, what still serves the old strategy, and which entities exactly.
 */
export function DriftOverviewContent(props: { overview: AlignmentOverview }) {
  const { overview } = props;
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={5}>
        <HeadlineFigures overview={overview} />
      </Grid>
      <Grid item xs={12} md={7}>
        <OrgTrendCard overview={overview} />
      </Grid>
      <Grid item xs={12}>
        <ActiveCampaignsCard />
      </Grid>
      <Grid item xs={12}>
        <ExecutionGapCard />
      </Grid>
      <Grid item xs={12}>
        <OwnerPrincipleHeatmap heatmap={overview.heatmap} />
      </Grid>
      <Grid item xs={12}>
        <ObjectiveCoverageCard />
      </Grid>
      <Grid item xs={12}>
        <EntityTable />
      </Grid>
    </Grid>
  );
}
