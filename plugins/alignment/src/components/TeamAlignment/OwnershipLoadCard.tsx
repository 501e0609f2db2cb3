import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import type { OwnershipLoad } from '@lodestar/backstage-plugin-alignment-common';
import {
  compareToMedian,
  formatFigure,
  spansManyDomains,
} from './ownershipLoad';

const useStyles = makeStyles(theme => ({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(1),
    alignItems: 'baseline',
    margin: 0,
  },
  term: { fontWeight: 500 },
  value: { margin: 0 },
}));

function Figure(props: {
  label: string;
  value: number | null;
  median: number | null;
  none: string;
}) {
  const classes = useStyles();
  return (
    <>
      <Typography variant="body2" component="dt" className={classes.term}>
        {props.label}
      </Typography>
      <Typography variant="body2" component="dd" className={classes.value}>
        {props.value === null
          ? props.none
          : `${formatFigure(props.value)}, ${compareToMedian(
              props.value,
              props.median,
            )}`}
      </Typography>
    </>
  );
}

/**
 * How spread the team is, each figure beside the organisation's median: a
 * team owning far more per member, or across more systems and domains,
 * than its peers is where ownership quietly stops being real.
 */
export function OwnershipLoadCard(props: { load: OwnershipLoad }) {
  const classes = useStyles();
  const { load } = props;
  const { orgMedian } = load;
  return (
    <InfoCard
      title="Ownership load"
      subheader={`${load.members} member${load.members === 1 ? '' : 's'}`}
    >
      <Box component="dl" className={classes.figures}>
        <Figure
          label="Entities per member"
          value={load.entitiesPerMember}
          median={orgMedian.entitiesPerMember}
          none="No members to share them"
        />
        <Figure
          label="Systems spanned"
          value={load.systems}
          median={orgMedian.systems}
          none="—"
        />
        <Figure
          label="Domains spanned"
          value={load.domains}
          median={orgMedian.domains}
          none="—"
        />
      </Box>
      {spansManyDomains(load) && (
        <Box mt={2}>
          <Alert severity="warning">
            This team spans {load.domains} domains, where the median team spans{' '}
            {formatFigure(orgMedian.domains ?? 0)}. A team spread over many
            domains is a sign that team topology no longer follows product
            boundaries.
          </Alert>
        </Box>
      )}
    </InfoCard>
  );
}
