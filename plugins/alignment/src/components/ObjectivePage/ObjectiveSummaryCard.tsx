import { ReactNode } from 'react';
import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ObjectivePageData } from '@lodestar/backstage-plugin-alignment-common';
import { ObjectiveStatusChip } from '../DriftOverviewPage/ObjectiveStatusChip';
import { entityCount } from '../StrategyPage/entityCount';
import { RefLink } from '../StrategyPage/RefLink';
import type { ObjectiveText } from './objectiveSpec';

const useStyles = makeStyles(theme => ({
  fields: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(1),
    margin: 0,
    alignItems: 'baseline',
  },
  term: { color: theme.palette.text.secondary },
  value: { margin: 0, overflowWrap: 'anywhere' },
  refs: { margin: 0, paddingLeft: 0, listStyle: 'none' },
}));

function Field(props: { term: string; children: ReactNode }) {
  const classes = useStyles();
  return (
    <>
      <Typography component="dt" variant="body2" className={classes.term}>
        {props.term}
      </Typography>
      <Typography component="dd" variant="body2" className={classes.value}>
        {props.children}
      </Typography>
    </>
  );
}

/**
 * The objective at a glance: its status, horizon, owner and strategy, how
 * many entities serve it, and its place in the line of objectives (what
 * replaced it, or what it replaced).
 */
export function ObjectiveSummaryCard(props: {
  text: ObjectiveText;
  data: ObjectivePageData;
  namespace: string;
}) {
  const classes = useStyles();
  const { text, data, namespace } = props;
  const { objective, predecessors } = data;
  const status = text.status ?? objective.status;
  const owner = text.owner ?? objective.owner;
  const successor = objective.successor ?? text.successor;
  return (
    <InfoCard title="Objective">
      <dl className={classes.fields}>
        <Field term="Status">
          <ObjectiveStatusChip status={status} />
        </Field>
        <Field term="Horizon">{text.horizon ?? objective.horizon ?? '—'}</Field>
        <Field term="Owner">
          {owner ? (
            <RefLink
              entityRef={owner}
              defaultKind="group"
              defaultNamespace={namespace}
            />
          ) : (
            'No owner declared'
          )}
        </Field>
        {text.strategy && (
          <Field term="Strategy">
            <RefLink
              entityRef={text.strategy}
              defaultKind="strategy"
              defaultNamespace={namespace}
            />
          </Field>
        )}
        <Field term="Supporters">
          {objective.supportingCount === 0
            ? 'None that you can see'
            : `${entityCount(objective.supportingCount)}, mean score ${
                objective.meanScore ?? '—'
              }`}
        </Field>
        {successor && (
          <Field term="Succeeded by">
            <RefLink
              entityRef={successor}
              defaultKind="objective"
              defaultNamespace={namespace}
            />
          </Field>
        )}
        {status === 'retired' && !successor && (
          <Field term="Succeeded by">
            No successor named: set spec.successor so its supporters know where
            to move.
          </Field>
        )}
        {predecessors.length > 0 && (
          <Field term="Succeeds">
            <ul className={classes.refs} aria-label="Succeeds">
              {predecessors.map(ref => (
                <li key={ref}>
                  <RefLink entityRef={ref} defaultKind="objective" />
                </li>
              ))}
            </ul>
          </Field>
        )}
      </dl>
    </InfoCard>
  );
}
