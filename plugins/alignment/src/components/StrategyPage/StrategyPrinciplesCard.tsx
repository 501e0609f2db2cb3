import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  SEVERITIES,
  type PrincipleSummary,
} from '@lodestar/backstage-plugin-alignment-common';
import { PrincipleItem } from './PrincipleItem';

const useStyles = makeStyles(theme => ({
  group: { marginTop: theme.spacing(2), '&:first-child': { marginTop: 0 } },
  list: { listStyle: 'none', margin: 0, padding: 0 },
}));

const SEVERITY_TITLES: Record<string, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** Groups in severity order; an invalid principle's unknown severity last. */
function bySeverity(principles: PrincipleSummary[]) {
  const known = new Set<string>(SEVERITIES);
  const groups = SEVERITIES.map(severity => ({
    key: severity as string,
    title: SEVERITY_TITLES[severity],
    items: principles.filter(p => p.severity === severity),
  }));
  groups.push({
    key: 'unknown',
    title: 'Unknown severity',
    items: principles.filter(p => !known.has(p.severity)),
  });
  return groups
    .map(g => ({
      ...g,
      items: [...g.items].sort((a, b) => a.title.localeCompare(b.title)),
    }))
    .filter(g => g.items.length > 0);
}

/**
 * The architectural principles by severity, each with how much of the
 * estate complies: the most severe first, because they cap an entity's
 * level.
 */
export function StrategyPrinciplesCard(props: {
  principles: PrincipleSummary[];
}) {
  const classes = useStyles();
  return (
    <InfoCard
      title="Principles"
      subheader="Pass rate and failing entities, most severe first"
    >
      {props.principles.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No principles yet. Write the architectural rules that follow from the
          strategy as Principle entities, each with a severity and a CEL rule;
          Lodestar then checks every entity they apply to.
        </Typography>
      )}
      {bySeverity(props.principles).map(group => (
        <section key={group.key} className={classes.group}>
          <Typography variant="subtitle2" component="h3">
            {group.title} ({group.items.length})
          </Typography>
          <ul className={classes.list} aria-label={`${group.title} principles`}>
            {group.items.map(p => (
              <PrincipleItem key={p.entityRef} principle={p} />
            ))}
          </ul>
        </section>
      ))}
    </InfoCard>
  );
}
