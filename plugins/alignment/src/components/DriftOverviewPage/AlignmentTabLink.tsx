import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { shortRef } from '../common/refs';
import { useAlignmentTabLink } from './alignmentLinks';

/**
 * An entity ref as a link to its Alignment tab, named by its short ref.
 * Used where the reader wants to know why an entity drifts, not what it is.
 */
export function AlignmentTabLink(props: { entityRef: string }) {
  const linkTo = useAlignmentTabLink();
  const to = linkTo(props.entityRef);
  const text = shortRef(props.entityRef);
  if (!to) {
    return (
      <Typography variant="body2" component="span">
        {text}
      </Typography>
    );
  }
  return (
    <Link to={to} title={props.entityRef}>
      {text}
    </Link>
  );
}
