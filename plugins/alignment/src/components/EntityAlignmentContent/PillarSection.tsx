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

// Failures first, then errors, waivers, passes; not-applicable last.
const ORDER: Record<CheckResult['status'], number> = {
  fail: 0,
  error: 1,
  waived: 2,
  pass: 3,
  'not-applicable': 4,
};

/** One pillar's checks, failures first. */
export function PillarSection(props: { pillar: PillarResult }) {
  const { pillar } = props;
  const checks = [...pillar.checks].sort(
    (a, b) => ORDER[a.status] - ORDER[b.status],
  );
  const subheader =
    pillar.score === null ? 'No check applies' : `Score ${pillar.score}/100`;
  return (
    <InfoCard title={TITLES[pillar.id]} subheader={subheader}>
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
