import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { alignmentEvaluationRunPermission } from '@lodestar/backstage-plugin-alignment-common';
import Router from 'express-promise-router';
import type { DatabaseRunStore } from '../database/DatabaseRunStore';
import type { EvaluationRunner } from '../evaluation/EvaluationRunner';
import { authorizeOrThrow } from './authorizeOrThrow';
import { evaluationBodySchema, parseInput } from './validation';

/** `POST /evaluations` (whole catalog or one entity) and `GET /evaluations/latest`. */
export function createEvaluationsRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  runs: DatabaseRunStore;
  runner: EvaluationRunner;
  catalog: CatalogService;
  /** Starts a whole-catalog run through the scheduler, so replicas never overlap. */
  triggerFullRun: () => Promise<void>;
}) {
  const {
    httpAuth,
    permissions,
    auditor,
    runs,
    runner,
    catalog,
    triggerFullRun,
  } = options;
  const router = Router();

  router.post('/evaluations', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const body = parseInput(
      evaluationBodySchema,
      req.body ?? {},
      'evaluation request',
    );
    const event = await auditor.createEvent({
      eventId: 'evaluation-run',
      severityLevel: 'low',
      request: req,
      meta: { entityRef: body.entityRef ?? 'all' },
    });
    try {
      await authorizeOrThrow(
        permissions,
        { permission: alignmentEvaluationRunPermission },
        credentials,
      );
      if (body.entityRef) {
        // Only entities the caller may see, and nothing is recorded for others.
        if (!(await catalog.getEntityByRef(body.entityRef, { credentials }))) {
          throw new NotFoundError(
            `No entity ${body.entityRef} in the catalog, or you may not see it`,
          );
        }
        const result = await runner.runOne(body.entityRef);
        await event.success();
        res.json({ scorecard: result.scorecard });
        return;
      }
      await triggerFullRun();
      await event.success();
      res.status(202).json({
        message:
          'The evaluation of the whole catalog has started; follow it at GET /evaluations/latest',
      });
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  router.get('/evaluations/latest', async (_req, res) => {
    const latest = await runs.latest();
    if (!latest) {
      throw new NotFoundError(
        'No evaluation has run yet; the first one starts shortly after the backend starts',
      );
    }
    res.json(latest);
  });

  return router;
}
