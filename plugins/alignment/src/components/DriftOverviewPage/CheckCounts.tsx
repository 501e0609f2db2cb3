import Typography from '@material-ui/core/Typography';

/**
 * An entity's failing checks, and those without data apart: a check
 * without data is neither passed nor failed, so it is never folded into
 * the failures.
 */
export function CheckCounts(props: { failing: number; noData: number }) {
  const { failing, noData } = props;
  return (
    <>
      <Typography
        variant="body2"
        component="span"
        color={failing === 0 ? 'textSecondary' : 'textPrimary'}
      >
        {failing === 0 ? 'None failing' : `${failing} failing`}
      </Typography>
      {noData > 0 && (
        <Typography variant="caption" color="textSecondary" component="div">
          {noData} without data
        </Typography>
      )}
    </>
  );
}
