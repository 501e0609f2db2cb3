import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { CheckResult } from '@lodestar/backstage-plugin-alignment-common';
import useAsync from 'react-use/esm/useAsync';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { LevelChip, ScoreGauge } from '../common';
import { CampaignsBanner } from '../EntityAlignmentContent/CampaignsBanner';
import { UpcomingSummary } from './UpcomingSummary';

const SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 };

function topFailures(checks: CheckResult[]): CheckResult[] {
  return checks
    .filter(c => c.status === 'fail')
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .slice(0, 3);
}

/**
 * Alignment at a glance for the entity's overview tab: score, level and
 * the campaigns still waiting on it and the three most severe failures,
 * with a link to the Alignment tab.
 * @public
 */
export function EntityAlignmentCard(props: { tabPath?: string }) {
  const { entity } = useEntity();
  const api = useApi(alignmentApiRef);
  const { value, loading, error } = useAsync(
    () => api.getScorecard(getCompoundEntityRef(entity)),
    [api, entity],
  );
  const deepLink = {
    title: 'View alignment',
    link: props.tabPath ?? 'alignment',
  };

  if (loading) {
    return (
      <InfoCard title="Strategic alignment">
        <Progress />
      </InfoCard>
    );
  }
  if (error)
    return <ResponseErrorPanel error={error} title="Strategic alignment" />;
  if (!value) {
    return (
      <InfoCard title="Strategic alignment">
        <Typography variant="body2" color="textSecondary">
          Not evaluated yet.
        </Typography>
      </InfoCard>
    );
  }
  const failures = topFailures(value.pillars.flatMap(p => p.checks));
  return (
    <InfoCard title="Strategic alignment" deepLink={deepLink}>
      <Box display="flex" alignItems="center" style={{ gap: 16 }}>
        <ScoreGauge score={value.score} size={90} />
        <LevelChip level={value.level} size="medium" />
      </Box>
      {value.campaigns?.some(c => c.state !== 'done') && (
        <Box mt={2}>
          <CampaignsBanner standings={value.campaigns} />
        </Box>
      )}
      <UpcomingSummary checks={value.pillars.flatMap(p => p.checks)} />
      {failures.length === 0 ? (
        <Typography variant="body2">Every check passes.</Typography>
      ) : (
        <List dense aria-label="Most severe failures">
          {failures.map(check => (
            <ListItem key={check.id} disableGutters>
              <ListItemText
                primary={`${check.title} (${check.severity})`}
                secondary={check.message}
              />
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
}
