import { alertApiRef, fetchApiRef, useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import GetAppIcon from '@material-ui/icons/GetApp';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { downloadBlob } from './downloadBlob';
import type { EntityQuery } from './useEntityQuery';

/**
 * Downloads every entity matching the current filter and sort as CSV (the
 * backend streams all pages, not just the one on screen).
 */
export function DownloadCsvButton(props: { query: EntityQuery }) {
  const alignmentApi = useApi(alignmentApiRef);
  const fetchApi = useApi(fetchApiRef);
  const alertApi = useApi(alertApiRef);
  const { filter, sort, order } = props.query;

  const [state, download] = useAsyncFn(async () => {
    try {
      const url = await alignmentApi.getEntitiesCsvUrl(filter, { sort, order });
      const response = await fetchApi.fetch(url);
      if (!response.ok) throw await ResponseError.fromResponse(response);
      const day = new Date().toISOString().slice(0, 10);
      downloadBlob(await response.blob(), `lodestar-entities-${day}.csv`);
    } catch (e) {
      alertApi.post({
        message: `Could not download the CSV: ${(e as Error).message}`,
        severity: 'error',
      });
    }
  }, [alignmentApi, fetchApi, alertApi, filter, sort, order]);

  return (
    <Button
      variant="outlined"
      color="primary"
      onClick={download}
      disabled={state.loading}
      startIcon={
        state.loading ? <CircularProgress size={16} /> : <GetAppIcon />
      }
    >
      Download CSV
    </Button>
  );
}
