import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { OwnerCount } from '@lodestar/backstage-plugin-alignment-common';
import { shortRef } from '../common/refs';
import { FilterLink } from '../DriftOverviewPage/FilterLink';
import { entityCount } from '../StrategyPage/entityCount';
import { RefLink } from '../StrategyPage/RefLink';

const useStyles = makeStyles(theme => ({
  list: { margin: theme.spacing(1, 0, 0), paddingLeft: theme.spacing(2.5) },
  item: { marginBottom: theme.spacing(0.25) },
}));

/**
 * For a retired objective: everything still serving it, by owner, is
 * drift. Each owner's count narrows the supporter list below to theirs,
 * and the successor is where they should move.
 */
export function RetiredDriftAlert(props: {
  total: number;
  byOwner: OwnerCount[];
  successor?: string;
  namespace: string;
}) {
  const classes = useStyles();
  const { total, byOwner, successor, namespace } = props;
  if (total === 0) {
    return (
      <Alert severity="success">
        <AlertTitle>
          Retired, and nothing you can see still serves it
        </AlertTitle>
        Every entity has moved on from this objective.
      </Alert>
    );
  }
  const successorLink = successor ? (
    <RefLink
      entityRef={successor}
      defaultKind="objective"
      defaultNamespace={namespace}
    />
  ) : undefined;
  return (
    <Alert severity="warning" role="alert">
      <AlertTitle>
        {entityCount(total)} still serving this retired objective
      </AlertTitle>
      <Typography variant="body2">
        {successorLink ? (
          <>
            Their owners should move them to {successorLink}: replace this
            objective in their lodestar.dev/objectives annotation, or stop the
            work.
          </>
        ) : (
          <>
            No successor is named. Their owners should move them to an active
            objective, or stop the work.
          </>
        )}
      </Typography>
      <ul className={classes.list} aria-label="Still serving it, by owner">
        {byOwner.map(({ owner, count }) => (
          <li key={owner || 'none'} className={classes.item}>
            <Typography variant="body2" component="span">
              {owner ? (
                <>
                  <RefLink entityRef={owner} defaultKind="group" />:{' '}
                  <FilterLink
                    filter={{ owner }}
                    aria-label={`List the ${entityCount(count)} of ${shortRef(
                      owner,
                    )} still serving it`}
                  >
                    {entityCount(count)}
                  </FilterLink>
                </>
              ) : (
                `No owner: ${entityCount(count)}`
              )}
            </Typography>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
