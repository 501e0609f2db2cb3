import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  DeliveryFigure,
  ObjectiveProgress,
} from '@lodestar/backstage-plugin-alignment-common';
import { DoraBandChip } from '../common/DoraBandChip';
import { DORA_KEYS, doraLabel } from '../common/doraKeys';
import {
  bandCountsText,
  medianText,
  reportingText,
  spreadText,
} from './deliveryText';

/** DORA keys first, in the report's order; anything else the backend adds after. */
function inDoraOrder(figures: DeliveryFigure[]): DeliveryFigure[] {
  const rank = (key: string) =>
    DORA_KEYS.includes(key) ? DORA_KEYS.indexOf(key) : DORA_KEYS.length;
  return [...figures].sort((a, b) => rank(a.key) - rank(b.key));
}

function FigureRow(props: { figure: DeliveryFigure; supporters: number }) {
  const { figure, supporters } = props;
  const spread = spreadText(figure);
  return (
    <TableRow>
      <TableCell component="th" scope="row">
        {doraLabel(figure.key)}
      </TableCell>
      <TableCell>
        {medianText(figure)}
        {spread && (
          <Typography variant="caption" color="textSecondary" component="p">
            middle half {spread}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        {figure.band ? <DoraBandChip band={figure.band} /> : '—'}
      </TableCell>
      <TableCell>{bandCountsText(figure)}</TableCell>
      <TableCell>{reportingText(figure.entities, supporters)}</TableCell>
    </TableRow>
  );
}

/**
 * How the services meant to move the objective deliver: per DORA key, the
 * median across the supporters the caller may see with the spread of the
 * middle half, the band of that median, and how many are in each band.
 * Beside the measures, it tells a strategy that is not working from
 * services that cannot ship.
 */
export function SupporterDeliveryCard(props: { progress: ObjectiveProgress }) {
  const { delivery, supporters } = props.progress;
  const reported = delivery.some(f => f.entities > 0);
  let body;
  if (supporters === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        No supporting service you can see, so there is no delivery to show.
      </Typography>
    );
  } else if (!reported) {
    body = (
      <Typography variant="body2" color="textSecondary">
        None of the {supporters} supporters reports delivery facts yet. The
        Alignment tab of each says how to push them.
      </Typography>
    );
  } else {
    body = (
      <Box overflow="auto">
        <Table size="small" aria-label="Delivery of supporting services">
          <TableHead>
            <TableRow>
              <TableCell>Key</TableCell>
              <TableCell>Median</TableCell>
              <TableCell>Band of the median</TableCell>
              <TableCell>Supporters per band</TableCell>
              <TableCell>Reporting</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {inDoraOrder(delivery).map(figure => (
              <FigureRow
                key={figure.key}
                figure={figure}
                supporters={supporters}
              />
            ))}
          </TableBody>
        </Table>
      </Box>
    );
  }
  return (
    <InfoCard
      title="Delivery of supporting services"
      subheader="The DORA keys across the supporters you can see, from fresh facts only"
    >
      {body}
    </InfoCard>
  );
}
