import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type {
  CheckResult,
  PillarResult,
} from '@lodestar/backstage-plugin-alignment-common';
import { CheckRow } from './CheckRow';

const TITLES = {
  ownership: 'Ownership',
  intent: 'Strategic intent',
  principles: 'Principles',
};

// Failures first, then errors and checks without data (both need someone
// to act before they mean anything), waivers, principles not yet in
// effect, passes; not-applicable last.
const ORDER: Record<CheckResult['status'], number> = {
  fail: 0,
  error: 1,
  'no-data': 2,
  waived: 3,
  upcoming: 4,
  pass: 5,
  'not-applicable': 6,
};

/**
 * The pillar's score, and how many of its checks had no data: those count
 * for neither side of the score, so a high score with many of them says
 * less than it seems.
 */
function subheaderOf(pillar: PillarResult): string {
  const noData = pillar.checks.filter(c => c.status === 'no-data').length;
  const withoutData = `${noData} check${noData === 1 ? '' : 's'} without data`;
  if (pillar.score === null) {
    return noData === 0 ? 'No check applies' : `No score: ${withoutData}`;
  }
  const score = `Score ${pillar.score}/100`;
  return noData === 0 ? score : `${score} · ${withoutData}`;
}

/** One pillar's checks, failures first. */
export function PillarSection(props: { pillar: PillarResult }) {
  const { pillar } = props;
  const checks = [...pillar.checks].sort(
    (a, b) => ORDER[a.status] - ORDER[b.status],
  );
  return (
    <InfoCard title={TITLES[pillar.id]} subheader={subheaderOf(pillar)}>
      {checks.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No principle applies to this entity.
        </Typography>
      ) : (
        checks.map(check => <CheckRow key={check.id} check={check} />)
      )}
    </InfoCard>
  );
}
