import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type { ObjectivePageData } from '@lodestar/backstage-plugin-alignment-common';
import { LevelCountLink } from '../DriftOverviewPage/LevelCountLink';
import { entityCount } from '../StrategyPage/entityCount';
import { withheldText } from '../StrategyPage/withheldText';
import { CoverageChart } from './CoverageChart';

/** The coverage series in words: the chart's line carries none a screen reader reaches. */
function coverageSummary(points: ObjectivePageData['coverage']['points']) {
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) {
    return `${entityCount(last.entities)} on ${
      last.day
    }; the line grows with each daily run.`;
  }
  return `${entityCount(last.entities)} on ${last.day}, from ${entityCount(
    first.entities,
  )} on ${first.day}.`;
}

function Coverage(props: { coverage: ObjectivePageData['coverage'] }) {
  const { withheld, points } = props.coverage;
  if (withheld) {
    return (
      <Typography variant="body2" color="textSecondary">
        {withheldText('The coverage over time')}
      </Typography>
    );
  }
  if (points.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No coverage yet: the line starts with the first daily evaluation run.
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body2">{coverageSummary(points)}</Typography>
      <CoverageChart points={points} />
    </>
  );
}

/**
 * How aligned the supporters are now, each level linking to the supporter
 * list filtered to it, and how many entities served the objective each
 * day of the last year.
 */
export function SupporterLevelsCard(props: { data: ObjectivePageData }) {
  const { levels, coverage } = props.data;
  return (
    <InfoCard
      title="Supporters"
      subheader="Their levels now, and their number over time"
    >
      <Grid container spacing={3}>
        <Grid item xs={12} sm={4}>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            Levels
          </Typography>
          <Box display="flex" flexDirection="column" style={{ gap: 4 }}>
            <LevelCountLink level="aligned" count={levels.aligned} />
            <LevelCountLink level="at-risk" count={levels.atRisk} />
            <LevelCountLink level="drifting" count={levels.drifting} />
          </Box>
        </Grid>
        <Grid item xs={12} sm={8}>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            Coverage over time
          </Typography>
          <Coverage coverage={coverage} />
        </Grid>
      </Grid>
    </InfoCard>
  );
}
