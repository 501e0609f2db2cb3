import { InfoCard, Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { StrategyPageData } from '@lodestar/backstage-plugin-alignment-common';
import { shortRef } from '../common/refs';
import { entityCount } from './entityCount';
import { RefLink } from './RefLink';
import { triggerLabel } from './RevisionTimeline';
import { useDriftOverviewLink } from './useDriftOverviewLink';

const useStyles = makeStyles(theme => ({
  total: { fontVariantNumeric: 'tabular-nums' },
  list: { listStyle: 'none', margin: theme.spacing(1, 0, 0), padding: 0 },
  item: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    padding: theme.spacing(0.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
}));

/**
 * How much of the estate has not been reviewed since the latest revision,
 * per owner: the realignment still to do. Each owner's count opens the
 * drift overview on exactly those entities.
 */
export function RealignmentPanel(props: {
  realignment: StrategyPageData['realignment'];
}) {
  const classes = useStyles();
  const driftLink = useDriftOverviewLink();
  const { revision, total, byOwner } = props.realignment;

  if (!revision) {
    return (
      <InfoCard title="Realignment">
        <Typography variant="body2" color="textSecondary">
          The strategy has no dated revision yet, so there is nothing to
          revalidate against.
        </Typography>
      </InfoCard>
    );
  }
  return (
    <InfoCard
      title="Realignment"
      subheader={`Since the ${revision.date} revision (${triggerLabel(
        revision.trigger,
      )})`}
    >
      {total === 0 ? (
        <Typography variant="body2">
          Every entity you can see has been reviewed since this revision.
        </Typography>
      ) : (
        <>
          <Typography variant="h5" component="p" className={classes.total}>
            {entityCount(total)}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            still need revalidation: their owners have not recorded a review
            (lodestar.dev/reviewed-at) since the strategy changed. Each count
            lists them in the drift overview.
          </Typography>
          <ul
            className={classes.list}
            aria-label="Needing revalidation by owner"
          >
            {byOwner.map(({ owner, count }) => {
              const to = owner
                ? driftLink({ owner, needsRevalidation: true })
                : undefined;
              return (
                <li key={owner || 'none'} className={classes.item}>
                  {owner ? (
                    <RefLink entityRef={owner} defaultKind="group" />
                  ) : (
                    <Typography variant="body2" color="textSecondary">
                      No owner
                    </Typography>
                  )}
                  {to ? (
                    <Link
                      to={to}
                      aria-label={`List the ${entityCount(count)} of ${shortRef(
                        owner,
                      )} needing revalidation in the drift overview`}
                    >
                      {entityCount(count)}
                    </Link>
                  ) : (
                    <Typography variant="body2">
                      {entityCount(count)}
                    </Typography>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </InfoCard>
  );
}
