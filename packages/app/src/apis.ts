import {
  ScmIntegrationsApi,
  scmIntegrationsApiRef,
  ScmAuth,
} from '@backstage/integration-react';
import {
  AnyApiFactory,
  configApiRef,
  createApiFactory,
} from '@backstage/core-plugin-api';
import {
  ALL_RELATION_PAIRS,
  ALL_RELATIONS,
  catalogGraphApiRef,
  DefaultCatalogGraphApi,
} from '@backstage/plugin-catalog-graph';

export const apis: AnyApiFactory[] = [
  createApiFactory({
    api: scmIntegrationsApiRef,
    deps: { configApi: configApiRef },
    factory: ({ configApi }) => ScmIntegrationsApi.fromConfig(configApi),
  }),
  ScmAuth.createDefaultApiFactory(),
  // Teach the catalog graph Lodestar's relation, so it draws strategy →
  // objectives → systems → components.
  createApiFactory({
    api: catalogGraphApiRef,
    deps: {},
    factory: () =>
      new DefaultCatalogGraphApi({
        knownRelations: [...ALL_RELATIONS, 'supports', 'supportedBy'],
        knownRelationPairs: [
          ...ALL_RELATION_PAIRS,
          ['supports', 'supportedBy'],
        ],
        // Required at runtime although typed optional: draw every relation.
        defaultRelationTypes: { exclude: [] },
      }),
  }),
];
