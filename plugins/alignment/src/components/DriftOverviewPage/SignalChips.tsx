import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import type { DriftSignalType } from '@lodestar/backstage-plugin-alignment-common';

/** Human names of the drift signals, shared by the chips and the filter bar. */
export const SIGNAL_LABELS: Record<DriftSignalType, string> = {
  ownership: 'Ownership',
  strategic: 'Strategic',
  compliance: 'Compliance',
};

/** The drift signals of an entity, plus a revalidation marker, as outlined chips. */
export function SignalChips(props: {
  signals: DriftSignalType[];
  needsRevalidation?: boolean;
}) {
  if (props.signals.length === 0 && !props.needsRevalidation) {
    return <>—</>;
  }
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {props.signals.map(signal => (
        <Chip
          key={signal}
          size="small"
          variant="outlined"
          label={SIGNAL_LABELS[signal]}
        />
      ))}
      {props.needsRevalidation && (
        <Chip
          size="small"
          variant="outlined"
          color="secondary"
          label="Revalidate"
          title="Intent has not been revalidated since the latest strategy revision"
        />
      )}
    </Box>
  );
}
