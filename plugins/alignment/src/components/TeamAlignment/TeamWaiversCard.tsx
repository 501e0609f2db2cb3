import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import AlarmIcon from '@material-ui/icons/Alarm';
import type { WaiverResponse } from '@lodestar/backstage-plugin-alignment-common';
import { CheckName } from '../common';
import { AlignmentTabLink } from '../DriftOverviewPage/AlignmentTabLink';
import { expiresInText, expiringSoonText, soonestFirst } from './waiverExpiry';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    padding: theme.spacing(1, 1.5),
    borderLeft: '4px solid transparent',
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  expiring: {
    borderLeftColor: theme.palette.warning.main,
    backgroundColor: theme.palette.action.hover,
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  soon: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    color: theme.palette.warning.dark,
    fontWeight: 500,
  },
}));

/**
 * The team's active waivers with why each failure is accepted and until
 * when. Those expiring within 14 days are marked (border, icon and words,
 * not colour alone): their checks are about to fail again. The backend
 * counts them and sends the waivers soonest first, so the first
 * `expiringSoon` ones are those it counted.
 */
export function TeamWaiversCard(props: {
  waivers: WaiverResponse[];
  expiringSoon: number;
}) {
  const classes = useStyles();
  const waivers = soonestFirst(props.waivers);
  return (
    <InfoCard title="Open waivers" subheader={`${waivers.length} active`}>
      <Typography variant="h6" component="h3" gutterBottom>
        {expiringSoonText(props.expiringSoon)}
      </Typography>
      {waivers.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No active waiver on the team's entities.
        </Typography>
      ) : (
        <ul className={classes.list} aria-label="Open waivers">
          {waivers.map((waiver, index) => {
            const soon = index < props.expiringSoon;
            return (
              <li
                key={waiver.id}
                className={`${classes.item} ${soon ? classes.expiring : ''}`}
                data-expiring-soon={soon || undefined}
              >
                <Box className={classes.head}>
                  <AlignmentTabLink entityRef={waiver.entityRef} />
                  <Typography variant="body2" component="span">
                    <CheckName checkId={waiver.checkId} />
                  </Typography>
                  <Typography variant="body2" component="span">
                    until {waiver.expiresAt.slice(0, 10)}
                  </Typography>
                  {soon && (
                    <Typography
                      variant="body2"
                      component="span"
                      className={classes.soon}
                    >
                      <AlarmIcon fontSize="small" />
                      Expiring soon: {expiresInText(waiver.expiresAt)}
                    </Typography>
                  )}
                </Box>
                <Typography variant="body2" color="textSecondary">
                  {waiver.reason} ({waiver.createdBy})
                </Typography>
              </li>
            );
          })}
        </ul>
      )}
    </InfoCard>
  );
}
