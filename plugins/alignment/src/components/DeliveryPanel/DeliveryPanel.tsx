import { ReactNode } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { EntityFactsResponse } from '@lodestar/backstage-plugin-alignment-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { PageLoadError } from '../common/PageLoadError';
import { statusOf } from '../common/requestErrors';
import { DoraFactTile } from './DoraFactTile';
import { doraLines, otherLines, readLines } from './factView';
import { NoFactsYet } from './NoFactsYet';
import { FactsTable } from './FactsTable';

const useStyles = makeStyles(theme => ({
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: theme.spacing(2),
  },
  heading: { marginTop: theme.spacing(3) },
}));

function FactsBody(props: { response: EntityFactsResponse }) {
  const classes = useStyles();
  const { response } = props;
  if (response.facts.length === 0) {
    const read = readLines(response);
    return (
      <>
        <NoFactsYet entityRef={response.entityRef} />
        {read.length > 0 && (
          <Box className={classes.heading}>
            <FactsTable lines={read} label="Facts principles read" />
          </Box>
        )}
      </>
    );
  }
  const others = otherLines(response);
  return (
    <>
      <Box className={classes.tiles} role="list" aria-label="DORA keys">
        {doraLines(response).map(line => (
          <Box role="listitem" key={line.key}>
            <DoraFactTile line={line} />
          </Box>
        ))}
      </Box>
      {others.length > 0 && (
        <>
          <Typography
            variant="subtitle2"
            component="h3"
            className={classes.heading}
          >
            Other facts
          </Typography>
          <FactsTable lines={others} label="Other facts" />
        </>
      )}
    </>
  );
}

/**
 * How the entity delivers: the four DORA keys with their band and trend,
 * and its other facts, each with when and from where it came. Facts a
 * principle reads are marked, and flagged when missing or stale, since
 * the checks that need them then show No data.
 */
export function DeliveryPanel() {
  const { entity } = useEntity();
  const api = useApi(alignmentApiRef);
  const state = useAsyncRetry(
    () => api.getEntityFacts(getCompoundEntityRef(entity)),
    [api, entity],
  );

  let body: ReactNode;
  if (state.loading && !state.value) {
    body = <Progress aria-label="Loading delivery facts" />;
  } else if (state.error && statusOf(state.error) === 404) {
    body = (
      <Typography variant="body2" color="textSecondary">
        Lodestar does not know this entity yet, so it has no facts. They can be
        pushed once the entity is in the catalog.
      </Typography>
    );
  } else if (state.error) {
    body = (
      <PageLoadError
        error={state.error}
        what="this entity's delivery facts"
        onRetry={state.retry}
      />
    );
  } else {
    body = <FactsBody response={state.value!} />;
  }

  return (
    <InfoCard
      title="Delivery"
      subheader="DORA keys and other facts pushed from pipelines and other systems"
    >
      {body}
    </InfoCard>
  );
}
