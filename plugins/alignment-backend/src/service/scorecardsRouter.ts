import type { HttpAuthService } from '@backstage/backend-plugin-api';
import Router from 'express-promise-router';
import type { AlignmentQueries } from './AlignmentQueries';
import { entityRefSchema, historyQuerySchema, parseInput } from './validation';

/** `GET /scorecards/:kind/:namespace/:name` and its `/history`. */
export function createScorecardsRouter(options: {
  httpAuth: HttpAuthService;
  queries: AlignmentQueries;
}) {
  const { httpAuth, queries } = options;
  const router = Router();
  const refOf = (params: Record<string, string>) =>
    parseInput(
      entityRefSchema,
      `${params.kind}:${params.namespace}/${params.name}`,
      'entity reference',
    );

  router.get('/scorecards/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const json = await queries.scorecardJson(refOf(req.params), credentials);
    res.type('application/json').send(json);
  });

  router.get('/scorecards/:kind/:namespace/:name/history', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { from, to } = parseInput(
      historyQuerySchema,
      req.query,
      'history query',
    );
    res.json(await queries.history(refOf(req.params), credentials, from, to));
  });

  return router;
}
