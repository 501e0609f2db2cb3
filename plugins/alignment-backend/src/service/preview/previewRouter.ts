import type {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { alignmentPrinciplePreviewPermission } from '@lodestar/backstage-plugin-alignment-common';
import Router from 'express-promise-router';
import type { AlignmentDatabase } from '../../database/AlignmentDatabase';
import type { AlignmentQueries } from '../AlignmentQueries';
import { authorizeOrThrow } from '../authorizeOrThrow';
import { parseInput, previewBodySchema } from '../validation';
import { parseDraft } from './parseDraft';
import { previewPrinciple } from './previewPrinciple';
import type { PreviewSnapshots } from './PreviewSnapshots';

/**
 * `POST /preview`: what a draft principle would do to the estate, on the
 * latest catalog snapshot, storing nothing. It needs its own permission,
 * and reports only entities the caller may see.
 */
export function createPreviewRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  queries: AlignmentQueries;
  db: AlignmentDatabase;
  snapshots: PreviewSnapshots;
  clock: () => Date;
}) {
  const { httpAuth, permissions, queries, db, snapshots, clock } = options;
  const router = Router();

  router.post('/preview', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    await authorizeOrThrow(
      permissions,
      { permission: alignmentPrinciplePreviewPermission },
      credentials,
    );
    const { principle } = parseInput(
      previewBodySchema,
      req.body,
      'preview request',
    );
    // The draft is checked before anything is read, so a bad one costs nothing.
    const draft = parseDraft(principle);
    const [scope, preview] = await Promise.all([
      queries.readScope(credentials),
      snapshots.get(),
    ]);
    res.json(
      await previewPrinciple({ draft, preview, db, scope, now: clock() }),
    );
  });

  return router;
}
