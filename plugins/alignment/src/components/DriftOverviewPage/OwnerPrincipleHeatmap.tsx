import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { AlignmentOverview } from '@lodestar/backstage-plugin-alignment-common';
import { CheckName } from '../common/CheckName';
import { checkLabel } from '../common/refs';
import { HeatmapCell } from './HeatmapCell';
import { PASS_BANDS, passBandStyles } from './passRateColor';

const useStyles = makeStyles(theme => ({
  scroll: { overflowX: 'auto' },
  table: { tableLayout: 'fixed', minWidth: 720 },
  ownerColumn: { width: 200 },
  principleHead: {
    verticalAlign: 'bottom',
    fontSize: theme.typography.caption.fontSize,
    lineHeight: 1.3,
    padding: theme.spacing(1, 0.5),
    textAlign: 'center',
  },
  owner: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginTop: theme.spacing(1),
    alignItems: 'center',
  },
  swatch: {
    display: 'inline-block',
    width: 14,
    height: 14,
    marginRight: theme.spacing(0.5),
    verticalAlign: 'middle',
    border: `1px solid ${theme.palette.divider}`,
  },
  ...passBandStyles(theme),
}));

/**
 * Pass rate per owner and principle, to show who owns the fix. Rows are the
 * owners with the most checked entities (the backend caps them), columns
 * the principles from worst to best.
 */
export function OwnerPrincipleHeatmap(props: {
  heatmap: AlignmentOverview['heatmap'];
}) {
  const classes = useStyles();
  const { owners, principles, cells } = props.heatmap;
  const byKey = new Map(cells.map(c => [`${c.owner}\n${c.principle}`, c]));

  return (
    <InfoCard
      title="Principle pass rate by owner"
      subheader="Owners with the most checked entities; select a cell to list that owner's entities with compliance drift"
    >
      {owners.length === 0 || principles.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No principle applied to any owned entity in the latest run.
        </Typography>
      ) : (
        <Box className={classes.scroll}>
          <Table size="small" className={classes.table}>
            <caption>
              Pass rate (%) of each principle among each owner's entities; “–”
              where the principle does not apply.
            </caption>
            <TableHead>
              <TableRow>
                <TableCell className={classes.ownerColumn}>Owner</TableCell>
                {/* Each principle by name, linking to its entity page. */}
                {principles.map(p => (
                  <TableCell
                    key={p}
                    className={classes.principleHead}
                    title={p}
                  >
                    <CheckName checkId={p} />
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {owners.map(owner => (
                <TableRow key={owner}>
                  <TableCell
                    component="th"
                    scope="row"
                    className={classes.owner}
                  >
                    <EntityRefLink entityRef={owner} defaultKind="group" />
                  </TableCell>
                  {principles.map(principle => (
                    <HeatmapCell
                      key={principle}
                      owner={owner}
                      principle={checkLabel(principle)}
                      cell={byKey.get(`${owner}\n${principle}`)}
                    />
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <Box className={classes.legend} aria-hidden>
        {PASS_BANDS.map(({ band, label }) => (
          <Typography key={band} variant="caption">
            <span className={`${classes.swatch} ${classes[band]}`} />
            {label}
          </Typography>
        ))}
      </Box>
    </InfoCard>
  );
}
