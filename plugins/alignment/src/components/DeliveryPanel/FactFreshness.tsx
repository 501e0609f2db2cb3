import Typography from '@material-ui/core/Typography';
import type { EntityFactView } from '@lodestar/backstage-plugin-alignment-common';
import { daysAgoText } from '../common/ageText';

/**
 * When and from where the value came; for a stale one also why it no
 * longer counts, so the chip is not the only sign of it.
 */
export function FactFreshness(props: {
  fact: EntityFactView;
  maxAgeDays?: number;
}) {
  const { fact, maxAgeDays } = props;
  return (
    <>
      <Typography variant="caption" color="textSecondary" component="p">
        observed {daysAgoText(fact.observedAt)} from {fact.source}
      </Typography>
      {fact.stale && (
        <Typography variant="caption" color="textSecondary" component="p">
          {maxAgeDays === undefined
            ? 'Older than its maximum age'
            : `Older than ${maxAgeDays} days`}
          : rules see it as missing.
        </Typography>
      )}
    </>
  );
}
