import type { HttpAuthService } from '@backstage/backend-plugin-api';
import Router from 'express-promise-router';
import { z } from 'zod';
import { entityRefSchema, parseInput } from '../validation';
import {
  CampaignDeps,
  campaignProgress,
  listCampaigns,
} from './campaignQueries';

const progressQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(2000).optional(),
});

/**
 * `GET /campaigns` and `GET /campaigns/:namespace/:name`: realignment
 * campaigns and their progress, over the entities the caller may see.
 */
export function createCampaignsRouter(options: {
  httpAuth: HttpAuthService;
  deps: CampaignDeps;
}) {
  const { httpAuth, deps } = options;
  const router = Router();

  router.get('/campaigns', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const scope = await deps.queries.readScope(credentials);
    res.json({ items: await listCampaigns(deps, { credentials, scope }) });
  });

  router.get('/campaigns/:namespace/:name', async (req, res) => {
    const campaignRef = parseInput(
      entityRefSchema,
      `campaign:${req.params.namespace}/${req.params.name}`,
      'campaign reference',
    );
    const page = parseInput(progressQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    const scope = await deps.queries.readScope(credentials);
    res.json(
      await campaignProgress(deps, { credentials, scope }, campaignRef, page),
    );
  });

  return router;
}
