import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { DeliveryFigure } from '@lodestar/backstage-plugin-alignment-common';
import { DoraBandChip } from '../common/DoraBandChip';
import { doraShortLabel } from '../common/doraKeys';

// Throughput and stability, one key each: enough to tell a team that
// cannot ship from one that ships broken, in a table cell.
const SHOWN = ['deploymentFrequencyPerWeek', 'changeFailureRate'];

/** The bands of the supporters' median deployment frequency and change failure rate. */
export function DeliveryBands(props: { delivery: DeliveryFigure[] }) {
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {SHOWN.map(key => {
        const band = props.delivery.find(f => f.key === key)?.band;
        return band ? (
          <DoraBandChip key={key} band={band} prefix={doraShortLabel(key)} />
        ) : (
          <Typography
            key={key}
            variant="caption"
            color="textSecondary"
            component="span"
          >
            {doraShortLabel(key)}: no data
          </Typography>
        );
      })}
    </Box>
  );
}
