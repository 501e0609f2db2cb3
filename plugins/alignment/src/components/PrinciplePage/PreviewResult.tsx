import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { PrinciplePreview } from '@lodestar/backstage-plugin-alignment-common';
import { LevelChip } from '../common/LevelChip';
import { PreviewByOwner } from './PreviewByOwner';
import { PreviewFailing } from './PreviewFailing';

const useStyles = makeStyles(theme => ({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(110px, 1fr))',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  change: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(0.5),
  },
  section: { marginTop: theme.spacing(2) },
}));

function Figure(props: { value: string | number; label: string }) {
  return (
    <Box>
      <Typography variant="h6" component="p">
        {props.value}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {props.label}
      </Typography>
    </Box>
  );
}

function score(value: number | null): string {
  return value === null ? '—' : String(value);
}

/**
 * What the draft would do: how many entities it applies to and their
 * outcomes, the mean score before and after, who would change level, per
 * owner, and the first failures with what the rule found.
 */
export function PreviewResult(props: { preview: PrinciplePreview }) {
  const { preview } = props;
  const classes = useStyles();
  const { before, after } = preview.meanScore;
  return (
    <Box aria-label="Preview result" role="region">
      <Typography variant="caption" color="textSecondary" component="p">
        On the catalog as read at {preview.snapshotAt}, in {preview.durationMs}{' '}
        ms.
      </Typography>
      {preview.applies === 0 ? (
        <Typography variant="body2" className={classes.section}>
          The draft applies to no evaluated entity you can see, so it would
          change nothing.
        </Typography>
      ) : (
        <>
          <Box className={classes.figures} mt={1}>
            <Figure value={preview.applies} label="it applies to" />
            <Figure value={preview.pass} label="would pass" />
            <Figure value={preview.fail} label="would fail" />
            <Figure value={preview.error} label="would error" />
            <Figure
              value={`${score(before)} → ${score(after)}`}
              label="mean score before → after"
            />
          </Box>
          <Typography variant="subtitle2" component="h3">
            Level changes
          </Typography>
          {preview.levelChanges.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              No entity would change level.
            </Typography>
          ) : (
            preview.levelChanges.map(change => (
              <Box
                key={`${change.from}-${change.to}`}
                className={classes.change}
              >
                <Typography variant="body2">
                  {change.count} {change.count === 1 ? 'entity' : 'entities'}:
                </Typography>
                <LevelChip level={change.from} />
                <Typography variant="body2" aria-label="to">
                  →
                </Typography>
                <LevelChip level={change.to} />
              </Box>
            ))
          )}
          <Box className={classes.section}>
            <PreviewByOwner byOwner={preview.byOwner} />
          </Box>
          <Box className={classes.section}>
            <PreviewFailing
              failing={preview.failing}
              total={preview.fail + preview.error}
            />
          </Box>
        </>
      )}
    </Box>
  );
}
