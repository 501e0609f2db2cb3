import type { HttpAuthService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import Router from 'express-promise-router';
import { ExpiringCache } from '../access/ExpiringCache';
import { entityRefSchema, parseInput } from '../validation';
import { objectivePage } from './objectivePage';
import type { PageCaller, PageDeps } from './pageContext';
import { principlePage } from './principlePage';
import { strategyPage } from './strategyPage';
import { teamPage } from './teamPage';
import { userPage } from './userPage';

/**
 * How long a built page is served to callers with the same read scope. A
 * page reads catalog entities (objectives, principles, groups) besides the
 * published results, so it is kept by time, like the visible-entity sets.
 */
export const PAGE_TTL_MS = 10_000;

type PageBuilder = (
  deps: PageDeps,
  caller: PageCaller,
  entityRef: string,
) => Promise<unknown>;

/** The entity kinds with a page of their own, by lowercase kind. */
const PAGES: Record<string, PageBuilder> = {
  strategy: strategyPage,
  objective: objectivePage,
  principle: principlePage,
  group: teamPage,
  user: userPage,
};

/**
 * `GET /pages/:kind/:namespace/:name`: everything Lodestar adds to the
 * entity page of a Strategy, Objective, Principle, Group or User, in one
 * request, over the entities the caller may see.
 */
export function createPagesRouter(options: {
  httpAuth: HttpAuthService;
  deps: PageDeps;
}) {
  const { httpAuth, deps } = options;
  const pages = new ExpiringCache<unknown>({
    ttlMs: PAGE_TTL_MS,
    maxEntries: 1000,
  });
  const router = Router();

  router.get('/pages/:kind/:namespace/:name', async (req, res) => {
    const entityRef = parseInput(
      entityRefSchema,
      `${req.params.kind}:${req.params.namespace}/${req.params.name}`,
      'entity reference',
    );
    const build = PAGES[entityRef.split(':')[0]];
    if (!build) {
      throw new NotFoundError(
        `Lodestar has no page for kind ${
          req.params.kind
        }; it has pages for ${Object.keys(PAGES).join(', ')}`,
      );
    }
    const credentials = await httpAuth.credentials(req);
    const scope = await deps.queries.readScope(credentials);
    // Callers with the same read scope get the same page: it is built once
    // for all of them every few seconds, not once per view.
    const key = `${scope.kind === 'all' ? 'all' : scope.key}:${entityRef}`;
    res.json(
      await pages.get(key, () =>
        build(deps, { credentials, scope }, entityRef),
      ),
    );
  });

  return router;
}
