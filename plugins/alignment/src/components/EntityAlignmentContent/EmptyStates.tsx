import { CodeSnippet, EmptyState } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';

const STRATEGY_EXAMPLE = `apiVersion: lodestar.dev/v1alpha1
kind: Strategy
metadata:
  name: company-strategy
spec:
  owner: group:default/leadership
  thesis: Why we win now
  revisions:
    - date: "2026-03-02"
      trigger: funding-round
      summary: What changed and why
`;

/** Nothing can be scored until a strategy exists. */
export function NoStrategyYet() {
  return (
    <EmptyState
      missing="data"
      title="No strategy defined yet"
      description="Lodestar scores entities against a Strategy, its Objectives and Principles, written as catalog entities. Register one to start."
      action={
        <CodeSnippet
          language="yaml"
          text={STRATEGY_EXAMPLE}
          showCopyCodeButton
        />
      }
    />
  );
}

/** The entity exists but no run has scored it yet. */
export function NotEvaluatedYet(props: { lastRunAt?: string }) {
  return (
    <EmptyState
      missing="info"
      title="Not evaluated yet"
      description={
        props.lastRunAt
          ? `The last evaluation started at ${props.lastRunAt}; this entity will be scored in the next one.`
          : 'The first evaluation starts shortly after the backend starts; this entity will be scored then.'
      }
    />
  );
}

/** Kinds Lodestar does not score. */
export function OutOfScope(props: { kind: string }) {
  return (
    <EmptyState
      missing="content"
      title="Not in Lodestar's scope"
      description={
        <Typography variant="body1">
          Lodestar scores Components, APIs, Resources and Systems; a{' '}
          {props.kind} has no alignment score.
        </Typography>
      }
    />
  );
}
