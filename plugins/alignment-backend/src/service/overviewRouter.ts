import type { HttpAuthService } from '@backstage/backend-plugin-api';
import Router from 'express-promise-router';
import type { AlignmentQueries } from './AlignmentQueries';
import { filterSchema, parseInput } from './validation';

/** `GET /overview`, `GET /objectives` and `GET /principles`: org-wide views. */
export function createOverviewRouter(options: {
  httpAuth: HttpAuthService;
  queries: AlignmentQueries;
}) {
  const { httpAuth, queries } = options;
  const router = Router();

  router.get('/overview', async (req, res) => {
    res.json(
      await queries.overview(
        parseInput(filterSchema.strict(), req.query, 'overview filter'),
      ),
    );
  });

  router.get('/objectives', async (req, res) => {
    res.json(await queries.objectives(await httpAuth.credentials(req)));
  });

  router.get('/principles', async (req, res) => {
    res.json(await queries.principles(await httpAuth.credentials(req)));
  });

  return router;
}
