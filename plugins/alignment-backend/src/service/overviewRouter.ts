import type { HttpAuthService } from '@backstage/backend-plugin-api';
import type { Request } from 'express';
import Router from 'express-promise-router';
import type { AlignmentQueries } from './AlignmentQueries';
import { filterSchema, parseInput } from './validation';

/**
 * `GET /overview`, `GET /objectives` and `GET /principles`: org-wide views,
 * each computed over the entities the caller may see.
 */
export function createOverviewRouter(options: {
  httpAuth: HttpAuthService;
  queries: AlignmentQueries;
}) {
  const { httpAuth, queries } = options;
  const router = Router();

  async function caller(req: Request) {
    const credentials = await httpAuth.credentials(req);
    return { credentials, scope: await queries.readScope(credentials) };
  }

  router.get('/overview', async (req, res) => {
    const filter = parseInput(
      filterSchema.strict(),
      req.query,
      'overview filter',
    );
    res.json(await queries.overview(filter, await caller(req)));
  });

  router.get('/objectives', async (req, res) => {
    const { credentials, scope } = await caller(req);
    res.json(await queries.objectives(credentials, scope));
  });

  router.get('/principles', async (req, res) => {
    const { credentials, scope } = await caller(req);
    res.json(await queries.principles(credentials, scope));
  });

  return router;
}
