import { InfoCard, Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { TeamCampaignTodos } from '@lodestar/backstage-plugin-alignment-common';
import { CheckName } from '../common';
import { DeadlineText } from '../common/DeadlineText';
import { useCampaignLinks } from '../common/campaignLinks';
import { LifecycleChip } from '../CampaignsPage/LifecycleChip';
import { STATE_LABELS } from '../CampaignsPage/OpenEntitiesTable';
import { AlignmentTabLink } from '../DriftOverviewPage/AlignmentTabLink';

const useStyles = makeStyles(theme => ({
  campaigns: { listStyle: 'none', margin: 0, padding: 0 },
  campaign: {
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': { borderBottom: 'none' },
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  entities: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(3) },
}));

/** "1 open entity", "3 open entities". */
export function openEntitiesText(count: number): string {
  return `${count} open ${count === 1 ? 'entity' : 'entities'}`;
}

function CampaignTitle(props: { todos: TeamCampaignTodos }) {
  const { campaign } = props.todos;
  const to = useCampaignLinks().campaign(campaign.ref);
  // Without the campaigns page mounted, the title is plain text.
  return (
    <Typography variant="subtitle2" component="h3">
      {to ? <Link to={to}>{campaign.title}</Link> : campaign.title}
    </Typography>
  );
}

function CampaignTodoItem(props: { todos: TeamCampaignTodos }) {
  const classes = useStyles();
  const { campaign, open, openCount } = props.todos;
  return (
    <li className={classes.campaign} data-testid={`todos-${campaign.ref}`}>
      <Box className={classes.head}>
        <CampaignTitle todos={props.todos} />
        {campaign.lifecycle !== 'active' && (
          <LifecycleChip lifecycle={campaign.lifecycle} />
        )}
      </Box>
      <Typography variant="body2" color="textSecondary">
        Deadline <DeadlineText campaign={campaign} /> ·{' '}
        {openEntitiesText(openCount)}
      </Typography>
      <ul
        className={classes.entities}
        aria-label={`Open entities in ${campaign.title}`}
      >
        {open.map(todo => (
          <li key={todo.entityRef}>
            <Typography variant="body2" component="span">
              <AlignmentTabLink entityRef={todo.entityRef} />
              {' — '}
              {STATE_LABELS[todo.state] ?? todo.state}
              {todo.openChecks.length > 0 && ': '}
              {todo.openChecks.map((checkId, i) => (
                <span key={checkId}>
                  {i > 0 && ', '}
                  <CheckName checkId={checkId} />
                </span>
              ))}
            </Typography>
          </li>
        ))}
      </ul>
      {openCount > open.length && (
        <Typography variant="body2" color="textSecondary">
          Showing {open.length} of {openCount}; the campaign page lists them
          all.
        </Typography>
      )}
    </li>
  );
}

/**
 * What the active and proposed campaigns still need from the team: each
 * campaign with its deadline and the team's open entities, most urgent
 * first, each linking to its Alignment tab where the fix is explained.
 */
export function CampaignTodosCard(props: { todos: TeamCampaignTodos[] }) {
  const classes = useStyles();
  return (
    <InfoCard
      title="Campaign to-dos"
      subheader="What active and proposed campaigns still need from the team"
    >
      {props.todos.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No active or proposed campaign needs anything from the team's
          entities.
        </Typography>
      ) : (
        <ul className={classes.campaigns} aria-label="Campaign to-dos">
          {props.todos.map(todos => (
            <CampaignTodoItem key={todos.campaign.ref} todos={todos} />
          ))}
        </ul>
      )}
    </InfoCard>
  );
}
