import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { PrincipleSummary } from '@lodestar/backstage-plugin-alignment-common';

/**
 * Says that a principle announced ahead of its `effectiveFrom` (a date
 * still ahead, which the page checks) does not count yet, and what it would do today: architects announce principles
 * this way so teams can prepare before anyone's score moves.
 */
export function UpcomingPrincipleAlert(props: {
  /** The date it starts to count, still ahead. */
  effectiveFrom: string;
  upcoming?: PrincipleSummary['upcoming'];
}) {
  const { effectiveFrom, upcoming } = props;
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
