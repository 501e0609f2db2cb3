import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { StrategyText } from './strategySpec';

const useStyles = makeStyles(theme => ({
  heading: { marginTop: theme.spacing(2) },
  first: { marginTop: 0 },
  // Strategy prose is written in YAML folded blocks; keep its paragraphs.
  prose: { whiteSpace: 'pre-line' },
  list: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(2.5) },
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
 * travel, as the strategy entity words them. Shown as plain text: it is
 * entity-provided.
 */
export function StrategyTextCard(props: { text: StrategyText }) {
  const classes = useStyles();
  const { thesis, productFuture, trajectory } = props.text;
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
          {trajectory.map((statement, i) => (
            <li key={i}>
              <Typography variant="body2">{statement}</Typography>
            </li>
          ))}
        </ul>
      )}
    </InfoCard>
  );
}
