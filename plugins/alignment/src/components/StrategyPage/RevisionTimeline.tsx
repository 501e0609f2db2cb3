import { InfoCard } from '@backstage/core-components';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { DeclaredRevision } from './strategySpec';

const useStyles = makeStyles(theme => ({
  timeline: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    position: 'relative',
    paddingLeft: theme.spacing(3),
    paddingBottom: theme.spacing(2),
    // The line joining the revisions; the last one ends it.
    borderLeft: `2px solid ${theme.palette.divider}`,
    marginLeft: theme.spacing(0.75),
    '&:last-child': { borderLeftColor: 'transparent', paddingBottom: 0 },
    '&::before': {
      content: '""',
      position: 'absolute',
      left: -7,
      top: 4,
      width: 12,
      height: 12,
      borderRadius: '50%',
      backgroundColor: theme.palette.background.paper,
      border: `2px solid ${theme.palette.secondary.main}`,
    },
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(0.5),
  },
  summary: { whiteSpace: 'pre-line' },
}));

const TRIGGER_LABELS: Record<string, string> = {
  'funding-round': 'Funding round',
  'icp-change': 'ICP change',
  'market-expansion': 'Market expansion',
  'headcount-doubling': 'Headcount doubling',
  'executive-turnover': 'Executive turnover',
  'platform-thesis-change': 'Platform thesis change',
  other: 'Other',
};

/** How a revision trigger reads; unknown ones as written. */
export function triggerLabel(trigger: string): string {
  return TRIGGER_LABELS[trigger] ?? trigger;
}

/**
 * The strategy's revisions, newest first: when the strategy changed, the
 * material shift that made it change, and what changed. The newest is the
 * one entities are revalidated against.
 */
export function RevisionTimeline(props: { revisions: DeclaredRevision[] }) {
  const classes = useStyles();
  const newestFirst = [...props.revisions].sort((a, b) =>
    b.date.localeCompare(a.date),
  );
  return (
    <InfoCard
      title="Revisions"
      subheader="Each material shift that made the strategy change"
    >
      {newestFirst.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No revisions recorded. Add one to spec.revisions (date, trigger,
          summary) whenever the strategy changes: entities are then asked to
          revalidate against it.
        </Typography>
      ) : (
        <ol className={classes.timeline} aria-label="Strategy revisions">
          {newestFirst.map((revision, i) => (
            <li key={`${revision.date}-${i}`} className={classes.item}>
              <div className={classes.head}>
                <Typography variant="subtitle2" component="span">
                  {revision.date}
                </Typography>
                <Chip
                  size="small"
                  variant="outlined"
                  color="secondary"
                  label={triggerLabel(revision.trigger)}
                />
                {i === 0 && <Chip size="small" label="Latest" />}
              </div>
              <Typography variant="body2" className={classes.summary}>
                {revision.summary}
              </Typography>
            </li>
          ))}
        </ol>
      )}
    </InfoCard>
  );
}
