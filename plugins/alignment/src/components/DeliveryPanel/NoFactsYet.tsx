import { CodeSnippet } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/**
 * How facts get to Lodestar, for an entity that has none: they are pushed,
 * from a pipeline with the CLI or from any system over the API.
 */
export function NoFactsYet(props: { entityRef: string }) {
  return (
    <Box>
      <Typography variant="body2" paragraph>
        No facts yet. Pipelines and other systems push them: the DORA keys
        (deployment frequency, lead time, change failure rate, time to restore)
        and any key declared in <code>lodestar.facts</code>. From a pipeline,
        with the Lodestar CLI:
      </Typography>
      <CodeSnippet
        language="bash"
        text={`lodestar facts push --entity ${props.entityRef} --fact deploymentFrequencyPerWeek=5`}
        showCopyCodeButton
      />
      <Typography variant="body2" style={{ marginTop: 8 }}>
        From any other system, send them to{' '}
        <code>POST /api/alignment/facts</code>.
      </Typography>
    </Box>
  );
}
