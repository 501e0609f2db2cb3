import { HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  LODESTAR_API_VERSION,
  StrategyEntity,
} from '@lodestar/backstage-plugin-alignment-common';
import Router from 'express-promise-router';

/**
 * `GET /strategy`: the strategies defined in the catalog, each with its
 * revisions newest first and the latest one in effect, as the caller is
 * allowed to see them.
 */
export function createStrategyRouter(options: {
  httpAuth: HttpAuthService;
  catalog: CatalogService;
}) {
  const { httpAuth, catalog } = options;
  const router = Router();

  router.get('/strategy', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { items } = await catalog.getEntities(
      { filter: { kind: 'Strategy' } },
      { credentials },
    );
    // Another plugin may define a kind of the same name; only ours count.
    const ours = items.filter(e => e.apiVersion === LODESTAR_API_VERSION);
    if (ours.length === 0) {
      throw new NotFoundError(
        'No Strategy entity is defined in the catalog; add one (kind: Strategy, apiVersion: lodestar.dev/v1alpha1) to start evaluating alignment',
      );
    }
    // A revision dated in the future is listed, but in effect on its date.
    const today = new Date().toISOString().slice(0, 10);
    const strategies = (ours as StrategyEntity[]).map(entity => {
      const revisions = [...(entity.spec.revisions ?? [])].sort((a, b) =>
        b.date.localeCompare(a.date),
      );
      return {
        entityRef: stringifyEntityRef(entity),
        title: entity.metadata.title ?? entity.metadata.name,
        owner: entity.spec.owner,
        thesis: entity.spec.thesis,
        latestRevision: revisions.find(revision => revision.date <= today),
        revisions,
      };
    });
    res.json({ items: strategies });
  });

  return router;
}
