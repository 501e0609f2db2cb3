import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  EntitySetFigures,
  TeamEntity,
} from '@lodestar/backstage-plugin-alignment-common';
import { LevelChip } from '../common';
import { AlignmentTabLink } from '../DriftOverviewPage/AlignmentTabLink';

/** Lowest score first, ties by ref, whatever order the response had. */
export function lowestFirst(entities: TeamEntity[]): TeamEntity[] {
  return [...entities].sort(
    (a, b) => a.score - b.score || a.entityRef.localeCompare(b.entityRef),
  );
}

/**
 * The entities the team owns, lowest score first, each linking to its
 * Alignment tab. The backend sends the lowest-scoring ones only, so the card
 * says when there are more than it lists.
 */
export function TeamEntitiesCard(props: {
  entities: TeamEntity[];
  figures: EntitySetFigures;
}) {
  const { entities, figures } = props;
  const rows = lowestFirst(entities);
  const truncated = figures.entities > rows.length;
  return (
    <InfoCard title="Entities the team owns" subheader="Lowest score first">
      {truncated && (
        <Typography variant="body2" color="textSecondary" paragraph>
          Showing the {rows.length} lowest-scoring of {figures.entities}{' '}
          entities.
        </Typography>
      )}
      <Box maxHeight={560} overflow="auto">
        <Table size="small" stickyHeader aria-label="Entities the team owns">
          <TableHead>
            <TableRow>
              <TableCell>Entity</TableCell>
              <TableCell>Kind</TableCell>
              <TableCell>Owner</TableCell>
              <TableCell>Level</TableCell>
              <TableCell align="right">Score</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(row => (
              <TableRow key={row.entityRef} hover>
                <TableCell>
                  <AlignmentTabLink entityRef={row.entityRef} />
                  {row.title && (
                    <Typography
                      variant="caption"
                      color="textSecondary"
                      component="div"
                    >
                      {row.title}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{row.kind}</TableCell>
                <TableCell>
                  <EntityRefLink entityRef={row.owner} defaultKind="group" />
                </TableCell>
                <TableCell>
                  <LevelChip level={row.level} />
                </TableCell>
                <TableCell align="right">{row.score}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </InfoCard>
  );
}
