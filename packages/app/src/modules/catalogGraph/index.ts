import {
  ApiBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import {
  ALL_RELATION_PAIRS,
  ALL_RELATIONS,
  catalogGraphApiRef,
  DefaultCatalogGraphApi,
} from '@backstage/plugin-catalog-graph';

// Replaces the catalog graph's own API (same extension id) so the graph
// knows Lodestar's relation and draws strategy → objectives → systems →
// components.
const catalogGraphApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
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
});

/** Teaches the catalog graph the `supports` / `supportedBy` relation. */
export const catalogGraphModule = createFrontendModule({
  pluginId: 'catalog-graph',
  extensions: [catalogGraphApi],
});
