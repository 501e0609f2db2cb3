import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { usePermission } from '@backstage/plugin-permission-react';
import { alignmentPrinciplePreviewPermission } from '@lodestar/backstage-plugin-alignment-common';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { PreviewError } from './PreviewError';
import { PreviewResult } from './PreviewResult';
import { previewDraft } from './principleSpec';

/**
 * Edit the rule and see what it would do to the estate before changing the
 * catalog: the backend runs the draft on its latest catalog snapshot and
 * stores nothing. Only on demand, since a preview evaluates every entity
 * the draft applies to. Offered only to people with the permission to
 * preview; others are told what they would need.
 */
export function PreviewPanel(props: { entity: Entity; rule: string }) {
  const { allowed, loading } = usePermission({
    permission: alignmentPrinciplePreviewPermission,
  });
  if (loading) return null;
  if (!allowed) {
    return (
      <InfoCard title="Edit and preview">
        <Typography variant="body2" color="textSecondary">
          Previewing an edited rule needs the lodestar.principle.preview
          permission, which you do not have. Ask your Backstage administrator
          for it if you write principles.
        </Typography>
      </InfoCard>
    );
  }
  return <PreviewEditor {...props} />;
}

function PreviewEditor(props: { entity: Entity; rule: string }) {
  const { entity } = props;
  const api = useApi(alignmentApiRef);
  const [rule, setRule] = useState(props.rule);
  const [previewed, setPreviewed] = useState<string>();
  const [state, preview] = useAsyncFn(
    (draftRule: string) =>
      api.previewPrinciple(previewDraft(entity, draftRule)),
    [api, entity],
  );

  const run = () => {
    setPreviewed(rule);
    preview(rule);
  };

  return (
    <InfoCard title="Edit and preview">
      <Typography variant="body2" color="textSecondary" paragraph>
        Change the rule and preview its effect on the entities you can see.
        Nothing is saved: to adopt the rule, change the principle's catalog-info
        file.
      </Typography>
      <TextField
        id="principle-rule-draft"
        label="Rule (CEL)"
        value={rule}
        onChange={e => setRule(e.target.value)}
        multiline
        minRows={3}
        fullWidth
        variant="outlined"
        error={Boolean(state.error) && !state.loading}
        inputProps={{ spellCheck: false, style: { fontFamily: 'monospace' } }}
      />
      {state.error && !state.loading && <PreviewError error={state.error} />}
      <Box display="flex" mt={2} style={{ gap: 8 }}>
        <Button
          variant="contained"
          color="primary"
          onClick={run}
          disabled={state.loading || !rule.trim()}
        >
          Preview
        </Button>
        <Button
          onClick={() => setRule(props.rule)}
          disabled={state.loading || rule === props.rule}
        >
          Reset
        </Button>
      </Box>
      {state.loading && (
        <Box mt={2}>
          <Progress aria-label="Previewing the rule" />
        </Box>
      )}
      {state.value && !state.error && !state.loading && (
        <Box mt={3}>
          {previewed !== rule && (
            <Typography variant="body2" color="textSecondary" paragraph>
              The rule has changed since this preview; preview again to see the
              effect of the edit.
            </Typography>
          )}
          <PreviewResult preview={state.value} />
        </Box>
      )}
    </InfoCard>
  );
}
