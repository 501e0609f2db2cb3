import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { EntityRow } from '@lodestar/backstage-plugin-alignment-common';
import { LevelChip } from '../common/LevelChip';
import { shortRef } from '../common/refs';
import { useAlignmentTabLink } from './alignmentLinks';
import { CheckCounts } from './CheckCounts';
import { DeltaText } from './DeltaText';
import { SignalChips } from './SignalChips';

/** One entity of the table; its name links to the entity's Alignment tab. */
export function EntityTableRow(props: { row: EntityRow }) {
  const { row } = props;
  const linkTo = useAlignmentTabLink();
  const to = linkTo(row.entityRef);
  const name = shortRef(row.entityRef);
  return (
    <TableRow hover>
      <TableCell>
        {to ? (
          <Link to={to} title={row.entityRef}>
            {name}
          </Link>
        ) : (
          name
        )}
        <Typography variant="caption" color="textSecondary" component="div">
          {row.kind}
        </Typography>
      </TableCell>
      <TableCell>{row.title ?? '—'}</TableCell>
      <TableCell>
        {row.owner ? (
          <EntityRefLink entityRef={row.owner} defaultKind="group" />
        ) : (
          <Typography variant="body2" color="textSecondary" component="span">
            No owner
          </Typography>
        )}
      </TableCell>
      <TableCell align="right">{row.score}</TableCell>
      <TableCell>
        <LevelChip level={row.level} />
      </TableCell>
      <TableCell align="right">
        <DeltaText delta={row.delta30d} />
      </TableCell>
      <TableCell>
        <CheckCounts failing={row.failingChecks} noData={row.noDataChecks} />
      </TableCell>
      <TableCell>
        <SignalChips
          signals={row.signals}
          needsRevalidation={row.needsRevalidation}
        />
      </TableCell>
    </TableRow>
  );
}
