import { CodeSnippet, InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { ReactNode } from 'react';
import type { PrincipleText } from './principleSpec';

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Box mb={2}>
      <Typography variant="subtitle2" component="h3">
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

/** Why the principle exists, what it costs, and how to comply. */
export function GuidanceCard(props: { text: PrincipleText }) {
  const { rationale, tradeOff, remediation } = props.text;
  return (
    <InfoCard title="Why and how">
      <Section title="Rationale">
        <Typography variant="body2">
          {rationale ?? 'No rationale given.'}
        </Typography>
      </Section>
      <Section title="Trade-off">
        <Typography variant="body2">
          {tradeOff ?? 'No trade-off given.'}
        </Typography>
      </Section>
      <Section title="How to fix">
        <Typography variant="body2" paragraph={Boolean(remediation?.yaml)}>
          {remediation?.text || 'No remediation given.'}
        </Typography>
        {remediation?.yaml && (
          <CodeSnippet
            language="yaml"
            text={remediation.yaml}
            showCopyCodeButton
          />
        )}
      </Section>
    </InfoCard>
  );
}
