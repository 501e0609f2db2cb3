import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type { ServedObjective } from '@lodestar/backstage-plugin-alignment-common';

/** The objectives the entity serves; retired ones flagged with their successor. */
export function ObjectivesServed(props: { objectives: ServedObjective[] }) {
  const { objectives } = props;
  return (
    <InfoCard title="Objectives served">
      {objectives.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          Serves no objective. Declare the ones it serves with the{' '}
          <code>lodestar.dev/objectives</code> annotation.
        </Typography>
      )}
      {objectives.map(objective => (
        <Box
          key={objective.ref}
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          py={0.5}
          style={{ gap: 8 }}
        >
          <EntityRefLink entityRef={objective.ref} title={objective.title} />
          <Chip
            size="small"
            label={objective.status}
            color={objective.status === 'active' ? 'primary' : 'default'}
            variant={objective.status === 'active' ? 'default' : 'outlined'}
          />
          {objective.status === 'retired' && objective.successor && (
            <Typography variant="body2">
              retired; successor:{' '}
              <EntityRefLink entityRef={objective.successor} />
            </Typography>
          )}
          {objective.inheritedFrom && (
            <Typography variant="caption" color="textSecondary">
              inherited from {objective.inheritedFrom}
            </Typography>
          )}
        </Box>
      ))}
    </InfoCard>
  );
}
