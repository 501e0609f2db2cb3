import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ObjectiveCoverage } from '@lodestar/backstage-plugin-alignment-common';
import { RefLink } from './RefLink';

const useStyles = makeStyles(theme => ({
  group: { marginTop: theme.spacing(2), '&:first-child': { marginTop: 0 } },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    padding: theme.spacing(0.75, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  figures: { fontVariantNumeric: 'tabular-nums' },
}));

const STATUSES: Array<{ status: ObjectiveCoverage['status']; title: string }> =
  [
    { status: 'active', title: 'Active' },
    { status: 'proposed', title: 'Proposed' },
    { status: 'retired', title: 'Retired' },
  ];

function supporters(count: number): string {
  return count === 1 ? '1 supporter' : `${count} supporters`;
}

function ObjectiveItem(props: { objective: ObjectiveCoverage }) {
  const classes = useStyles();
  const o = props.objective;
  return (
    <li className={classes.item}>
      <Box>
        <RefLink entityRef={o.entityRef} defaultKind="objective">
          {o.title}
        </RefLink>
        {o.status === 'retired' && (
          <Typography variant="body2" color="textSecondary">
            {o.successor ? (
              <>
                Succeeded by{' '}
                <RefLink entityRef={o.successor} defaultKind="objective" />
              </>
            ) : (
              'No successor named'
            )}
          </Typography>
        )}
      </Box>
      <Typography variant="body2" className={classes.figures}>
        {supporters(o.supportingCount)} · mean score {o.meanScore ?? '—'}
      </Typography>
    </li>
  );
}

/**
 * The objectives by status, each with how many entities serve it and how
 * aligned they are. A retired one points at its successor, where its
 * supporters should move.
 */
export function StrategyObjectivesCard(props: {
  objectives: ObjectiveCoverage[];
}) {
  const classes = useStyles();
  return (
    <InfoCard
      title="Objectives"
      subheader="What the strategy pursues, and who serves it"
    >
      {props.objectives.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No objectives yet. Add Objective entities with spec.strategy naming
          this strategy, then let services declare them in their
          lodestar.dev/objectives annotation.
        </Typography>
      )}
      {STATUSES.map(({ status, title }) => {
        const objectives = props.objectives
          .filter(o => o.status === status)
          .sort((a, b) => a.title.localeCompare(b.title));
        if (objectives.length === 0) return null;
        return (
          <section key={status} className={classes.group}>
            <Typography variant="subtitle2" component="h3">
              {title} ({objectives.length})
            </Typography>
            <ul className={classes.list} aria-label={`${title} objectives`}>
              {objectives.map(o => (
                <ObjectiveItem key={o.entityRef} objective={o} />
              ))}
            </ul>
          </section>
        );
      })}
    </InfoCard>
  );
}
