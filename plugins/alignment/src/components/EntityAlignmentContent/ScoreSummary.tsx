import { InfoCard } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  alignmentEvaluationRunPermission,
  Scorecard,
} from '@lodestar/backstage-plugin-alignment-common';
import { useState } from 'react';
import { LevelChip, ScoreGauge } from '../common';

const SIGNAL_LABELS = {
  ownership: 'Ownership drift',
  strategic: 'Strategic drift',
  compliance: 'Compliance drift',
};

/** Score, level and drift signals at a glance. */
export function ScoreSummary(props: {
  scorecard: Scorecard;
  onReevaluate: () => Promise<void>;
}) {
  const { scorecard } = props;
  const canRun = usePermission({
    permission: alignmentEvaluationRunPermission,
  });
  const [running, setRunning] = useState(false);
  const checks = scorecard.pillars.flatMap(p => p.checks);
  const failing = checks.filter(c => c.status === 'fail').length;
  const noData = checks.filter(c => c.status === 'no-data').length;
  return (
    <InfoCard
      title="Alignment"
      subheader={`Evaluated ${new Date(
        scorecard.evaluatedAt,
      ).toLocaleString()}`}
      action={
        canRun.allowed ? (
          <Button
            disabled={running}
            onClick={async () => {
              setRunning(true);
              await props.onReevaluate();
              setRunning(false);
            }}
          >
            Re-evaluate
          </Button>
        ) : undefined
      }
    >
      <Box display="flex" alignItems="center" style={{ gap: 24 }}>
        <ScoreGauge score={scorecard.score} />
        <Box>
          <LevelChip level={scorecard.level} size="medium" />
          <Typography variant="body2" style={{ marginTop: 8 }}>
            {failing === 0
              ? 'No failing check.'
              : `${failing} failing check${failing === 1 ? '' : 's'} of ${
                  checks.length
                }.`}
          </Typography>
          {noData > 0 && (
            <Typography variant="body2" color="textSecondary">
              {noData} check{noData === 1 ? '' : 's'} without data, left out of
              the score.
            </Typography>
          )}
          {scorecard.owner && (
            <Typography variant="body2" color="textSecondary">
              Owner {scorecard.owner}
              {scorecard.ownerInheritedFrom
                ? ` (inherited from ${scorecard.ownerInheritedFrom})`
                : ''}
            </Typography>
          )}
          {scorecard.signals.map(signal => (
            <Typography key={signal.type} variant="body2" color="error">
              {SIGNAL_LABELS[signal.type]}: {signal.reasons.length}
            </Typography>
          ))}
        </Box>
      </Box>
    </InfoCard>
  );
}
