import { Gauge } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/**
 * The 0–100 alignment score as a gauge with its number, for screen readers
 * as well as eyes.
 * @public
 */
export function ScoreGauge(props: { score: number; size?: number }) {
  const size = props.size ?? 120;
  return (
    <Box
      width={size}
      role="img"
      aria-label={`Alignment score ${props.score} out of 100`}
    >
      <Gauge
        value={props.score / 100}
        fractional
        // The normal overlay's 45px figure overflows a gauge this narrow.
        size="small"
        getColor={({ palette, value }) => {
          if (value >= 90) return palette.status.ok;
          if (value >= 70) return palette.status.warning;
          return palette.status.error;
        }}
      />
      <Typography variant="caption" component="p" align="center">
        Score {props.score}/100
      </Typography>
    </Box>
  );
}
