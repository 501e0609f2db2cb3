import { ReactNode } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { FilterLink } from './FilterLink';
import { ObjectivesTable } from './ObjectivesTable';
import { RefList } from './RefList';

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Grid item xs={12} md={4}>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </Grid>
  );
}

/**
 * Which objectives the estate serves, which active ones nobody serves, and
 * the entities still serving a retired objective or none: the parts of the
 * estate working for the old strategy.
 */
export function ObjectiveCoverageCard() {
  const api = useApi(alignmentApiRef);
  const { value, loading, error } = useAsyncRetry(
    () => api.getObjectives(),
    [api],
  );

  let body: ReactNode;
  if (loading) {
    body = <Progress aria-label="Loading objectives" />;
  } else if (error) {
    body = (
      <ResponseErrorPanel error={error} title="Could not load objectives" />
    );
  } else if (value) {
    const unserved = value.objectives.filter(
      o => o.status === 'active' && o.supportingCount === 0,
    );
    body = (
      <>
        {value.objectives.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            No Objective entities are defined in the catalog.
          </Typography>
        ) : (
          <ObjectivesTable objectives={value.objectives} />
        )}
        <Grid container spacing={3} style={{ marginTop: 8 }}>
          <Section
            title={`Active objectives nobody serves (${unserved.length})`}
          >
            {unserved.length === 0 ? (
              <Typography variant="body2" color="textSecondary">
                Every active objective has supporting entities.
              </Typography>
            ) : (
              <ul aria-label="Active objectives nobody serves">
                {unserved.map(o => (
                  <li key={o.entityRef}>
                    <EntityRefLink entityRef={o.entityRef}>
                      {o.title}
                    </EntityRefLink>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section
            title={`Still serving a retired objective (${value.servingRetired.count})`}
          >
            {value.servingRetired.count === 0 ? (
              <Typography variant="body2" color="textSecondary">
                Nothing serves a retired objective.
              </Typography>
            ) : (
              <RefList
                label="Entities serving a retired objective"
                entityRefs={value.servingRetired.entityRefs}
                total={value.servingRetired.count}
              />
            )}
          </Section>
          <Section title={`Serving no objective (${value.servingNone.count})`}>
            {value.servingNone.count === 0 ? (
              <Typography variant="body2" color="textSecondary">
                Every evaluated entity serves an objective.
              </Typography>
            ) : (
              <RefList
                label="Entities serving no objective"
                entityRefs={value.servingNone.entityRefs}
                total={value.servingNone.count}
              />
            )}
          </Section>
        </Grid>
        {value.servingRetired.count + value.servingNone.count > 0 && (
          <Typography variant="body2" style={{ marginTop: 8 }}>
            <FilterLink filter={{ signal: 'strategic' }}>
              List every entity with strategic drift in the table
            </FilterLink>
          </Typography>
        )}
      </>
    );
  }

  return (
    <InfoCard
      title="Objective coverage"
      subheader="Which objectives the estate serves, and what still serves the old strategy"
    >
      {body}
    </InfoCard>
  );
}
