import type { HttpAuthService } from '@backstage/backend-plugin-api';
import Router from 'express-promise-router';
import { ExpiringCache } from '../access/ExpiringCache';
import { pageEntity, PageDeps } from '../pages/pageContext';
import { PAGE_TTL_MS } from '../pages/pagesRouter';
import { entityRefSchema, parseInput, refSchema } from '../validation';
import { entityFacts } from './entityFacts';
import { executionGap } from './executionGap';
import { objectiveProgress } from './objectiveProgress';

/**
 * Outcomes, read: `GET /entities/:kind/:namespace/:name/facts`,
 * `GET /objectives/:namespace/:name/progress` and `GET /execution-gap`.
 * An entity's facts are read fresh, so a push shows on the next read; the
 * execution gap reads every active objective and is kept per read scope
 * like a page.
 */
export function createOutcomesRouter(options: {
  httpAuth: HttpAuthService;
  deps: PageDeps;
}) {
  const { httpAuth, deps } = options;
  const gaps = new ExpiringCache<unknown>({
    ttlMs: PAGE_TTL_MS,
    maxEntries: 100,
  });
  const router = Router();

  router.get('/entities/:kind/:namespace/:name/facts', async (req, res) => {
    const entityRef = parseInput(
      entityRefSchema,
      `${req.params.kind}:${req.params.namespace}/${req.params.name}`,
      'entity reference',
    );
    const credentials = await httpAuth.credentials(req);
    res.json(await entityFacts(deps, credentials, entityRef));
  });

  router.get('/objectives/:namespace/:name/progress', async (req, res) => {
    const objectiveRef = parseInput(
      refSchema('objective'),
      `objective:${req.params.namespace}/${req.params.name}`,
      'objective reference',
    );
    const credentials = await httpAuth.credentials(req);
    const caller = {
      credentials,
      scope: await deps.queries.readScope(credentials),
    };
    const { entity, ref } = await pageEntity(
      deps,
      caller,
      objectiveRef,
      'Objective',
    );
    res.json(await objectiveProgress(deps, caller, entity, ref));
  });

  router.get('/execution-gap', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const scope = await deps.queries.readScope(credentials);
    const key = scope.kind === 'all' ? 'all' : scope.key;
    res.json(
      await gaps.get(key, () => executionGap(deps, { credentials, scope })),
    );
  });

  return router;
}
