import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type { CampaignCounts } from '@lodestar/backstage-plugin-alignment-common';

/**
 * Done out of in scope, as a bar with the figures beside it: the bar alone
 * would hide whether 50% is 1 of 2 or 500 of 1000.
 */
export function CampaignProgressBar(props: {
  counts: CampaignCounts;
  label: string;
}) {
  const { done, inScope } = props.counts;
  const percent = inScope === 0 ? 0 : Math.round((done / inScope) * 100);
  return (
    <Box display="flex" alignItems="center" style={{ gap: 8 }} minWidth={160}>
      <Box flexGrow={1}>
        <LinearProgress
          variant="determinate"
          value={percent}
          aria-label={props.label}
        />
      </Box>
      <Typography variant="body2" component="span" noWrap>
        {done} / {inScope}
      </Typography>
    </Box>
  );
}
