import { CodeSnippet, EmptyState } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/**
 * The group owns no evaluated entity the caller may see: say how an entity
 * comes to count for a team, with the line of YAML that does it.
 */
export function NoTeamEntities(props: { groupRef: string }) {
  return (
    <EmptyState
      missing="data"
      title="No evaluated entities owned by this team"
      description="Lodestar counts the Components, APIs, Resources and Systems owned by this group or its sub-groups, among those you may see, once an evaluation has scored them."
      action={
        <Box>
          <Typography variant="body2" paragraph>
            To make an entity count for this team, name it as the owner in the
            entity's catalog-info.yaml:
          </Typography>
          <CodeSnippet
            language="yaml"
            text={`spec:\n  owner: ${props.groupRef}\n`}
            showCopyCodeButton
          />
        </Box>
      }
    />
  );
}
