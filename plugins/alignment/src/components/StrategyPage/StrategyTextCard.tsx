import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { StrategyPageData } from '@lodestar/backstage-plugin-alignment-common';
import { MeasureItem } from '../ObjectivePage/MeasureItem';
import type { StrategyText } from './strategySpec';

const useStyles = makeStyles(theme => ({
  heading: { marginTop: theme.spacing(2) },
  first: { marginTop: 0 },
  // Strategy prose is written in YAML folded blocks; keep its paragraphs.
  prose: { whiteSpace: 'pre-line' },
  list: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(2.5) },
  measure: { listStyle: 'none', padding: 0, margin: theme.spacing(1, 0, 1.5) },
}));

function Heading(props: { children: string; first?: boolean }) {
  const classes = useStyles();
  return (
    <Typography
      variant="subtitle2"
      component="h3"
      gutterBottom
      className={props.first ? classes.first : classes.heading}
    >
      {props.children}
    </Typography>
  );
}

/**
 * Why we win now, what the product must become and the direction of
 * travel, as the strategy entity words them, with where each measured
 * direction stands. Shown as plain text: it is entity-provided.
 */
export function StrategyTextCard(props: {
  text: StrategyText;
  /** The measured directions, from the page's data; matched by their text. */
  measured?: StrategyPageData['trajectory'];
}) {
  const classes = useStyles();
  const { thesis, productFuture, trajectory } = props.text;
  const progressOf = (statement: string) =>
    props.measured?.find(d => d.direction.trim() === statement)?.progress;
  return (
    <InfoCard title="Strategy">
      <Heading first>Thesis: why we win now</Heading>
      <Typography variant="body1" className={classes.prose}>
        {thesis ?? 'The strategy states no thesis (spec.thesis).'}
      </Typography>
      <Heading>Product future</Heading>
      <Typography
        variant="body1"
        className={classes.prose}
        color={productFuture ? 'textPrimary' : 'textSecondary'}
      >
        {productFuture ??
          'Not stated yet: add spec.productFuture to say what the product must become.'}
      </Typography>
      <Heading>Trajectory</Heading>
      {trajectory.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No direction statements yet: list them in spec.trajectory.
        </Typography>
      ) : (
        <ul className={classes.list} aria-label="Trajectory">
          {trajectory.map((statement, i) => {
            const progress = progressOf(statement);
            return (
              <li key={i}>
                <Typography variant="body2">{statement}</Typography>
                {progress && (
                  <ul
                    className={classes.measure}
                    aria-label={`Measure of direction ${i + 1}`}
                  >
                    <MeasureItem measure={progress} />
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </InfoCard>
  );
}
