import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { OutcomeChip } from '../common/OutcomeChip';
import { FactFreshness } from './FactFreshness';
import { formatFactValue, type FactLine } from './factView';
import { RuleReadMarker } from './RuleReadMarker';

/**
 * Facts one row each: the value, how fresh it is, and whether a principle
 * reads it. Keys a principle reads but the entity lacks get a row too, as
 * they explain checks without data.
 */
export function FactsTable(props: { lines: FactLine[]; label: string }) {
  return (
    <Box overflow="auto">
      <Table size="small" aria-label={props.label}>
        <TableHead>
          <TableRow>
            <TableCell>Fact</TableCell>
            <TableCell>Value</TableCell>
            <TableCell>Freshness</TableCell>
            <TableCell>Rules</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.lines.map(line => (
            <TableRow key={line.key}>
              <TableCell>
                <Typography variant="body2" component="span">
                  <code>{line.key}</code>
                </Typography>
                {line.definition?.description && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    component="p"
                  >
                    {line.definition.description}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                {line.fact ? formatFactValue(line.fact.value, line.unit) : '—'}
              </TableCell>
              <TableCell>
                {line.fact ? (
                  <>
                    {line.fact.stale && <OutcomeChip status="stale" />}
                    <FactFreshness
                      fact={line.fact}
                      maxAgeDays={line.definition?.maxAgeDays}
                    />
                  </>
                ) : (
                  <Typography variant="body2" color="textSecondary">
                    No value
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                {line.readByRules ? (
                  <RuleReadMarker freshness={line.freshness} />
                ) : (
                  <Typography variant="body2" color="textSecondary">
                    None reads it
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
