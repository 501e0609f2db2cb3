import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { PrincipleSummary } from '@lodestar/backstage-plugin-alignment-common';

/** Today's date (UTC), as the engine compares `effectiveFrom` with it. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Says that a principle announced ahead of its `effectiveFrom` does not
 * count yet, and what it would do today: architects announce principles
 * this way so teams can prepare before anyone's score moves.
 */
export function UpcomingPrincipleAlert(props: {
  effectiveFrom?: string;
  upcoming?: PrincipleSummary['upcoming'];
}) {
  const { effectiveFrom, upcoming } = props;
  if (!effectiveFrom || effectiveFrom <= todayUtc()) return null;
  return (
    <Alert severity="info" role="status">
      <AlertTitle>Upcoming: counts from {effectiveFrom}</AlertTitle>
      Until then it is evaluated and shown on each entity's Alignment tab as
      upcoming, but it is in no score or level.
      {upcoming
        ? ` It applies to ${upcoming} entities today; their tabs say whether they would pass.`
        : ''}
    </Alert>
  );
}
