import type {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  alignmentWaiverCreatePermission,
  alignmentWaiverDeletePermission,
} from '@lodestar/backstage-plugin-alignment-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import type { DatabaseWaiverStore } from '../database/DatabaseWaiverStore';
import { inScope } from './access/ReadScope';
import type { AlignmentQueries } from './AlignmentQueries';
import { authorizeOrThrow } from './authorizeOrThrow';
import { entityRefSchema, parseInput, waiverBodySchema } from './validation';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `GET /waivers`, `POST /waivers`, `DELETE /waivers/:id`. */
export function createWaiversRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  waivers: DatabaseWaiverStore;
  /** Who may see which entity. */
  access: Pick<AlignmentQueries, 'readScope' | 'canSee'>;
  maxDays: number;
  clock?: () => Date;
}) {
  const { httpAuth, permissions, auditor, waivers, access } = options;
  const { maxDays } = options;
  const now = () => options.clock?.() ?? new Date();

  /**
   * A waiver is about an entity: changing one needs the waiver permission
   * on that entity (so a policy can limit it to the entity's owners), and
   * the entity must be one the caller may read, or the answer would reveal
   * it.
   */
  async function authorizeOn(
    permission:
      | typeof alignmentWaiverCreatePermission
      | typeof alignmentWaiverDeletePermission,
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    if (!(await access.canSee(entityRef, credentials, { fresh: true }))) {
      throw new NotFoundError(
        `No entity ${entityRef} in the catalog, or you may not see it`,
      );
    }
    await authorizeOrThrow(
      permissions,
      { permission, resourceRef: entityRef },
      credentials,
    );
  }

  const router = Router();

  router.get('/waivers', async (req, res) => {
    const scope = await access.readScope(await httpAuth.credentials(req));
    const { entityRef, active } = parseInput(
      z
        .object({
          entityRef: entityRefSchema.optional(),
          active: z.enum(['true', 'false']).optional(),
        })
        .strict(),
      req.query,
      'waiver query',
    );
    const items = await waivers.list({
      entityRef,
      activeAt: active === 'true' ? now().toISOString() : undefined,
    });
    res.json({ items: items.filter(w => inScope(scope, w.entityRef)) });
  });

  router.post('/waivers', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const body = parseInput(waiverBodySchema, req.body, 'waiver');
    const event = await auditor.createEvent({
      eventId: 'waiver-create',
      severityLevel: 'medium',
      request: req,
      meta: {
        entityRef: body.entityRef,
        checkId: body.checkId,
        expiresAt: body.expiresAt,
      },
    });
    try {
      await authorizeOn(
        alignmentWaiverCreatePermission,
        body.entityRef,
        credentials,
      );
      const createdAt = now();
      const expires = new Date(body.expiresAt);
      if (expires.getTime() <= createdAt.getTime()) {
        throw new InputError(
          `Invalid waiver: expiresAt must be in the future, got ${body.expiresAt}`,
        );
      }
      if (expires.getTime() > createdAt.getTime() + maxDays * DAY_MS) {
        throw new InputError(
          `Invalid waiver: expiresAt must be at most ${maxDays} days ahead (lodestar.waivers.maxDays), got ${body.expiresAt}`,
        );
      }
      const waiver = await waivers.create({
        ...body,
        expiresAt: expires.toISOString(),
        createdAt: createdAt.toISOString(),
        createdBy:
          credentials.principal.type === 'user'
            ? credentials.principal.userEntityRef
            : credentials.principal.subject,
      });
      await event.success({ meta: { waiverId: waiver.id } });
      res.status(201).json(waiver);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  router.delete('/waivers/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { id } = parseInput(
      z.object({ id: z.string().uuid() }),
      req.params,
      'waiver id',
    );
    const event = await auditor.createEvent({
      eventId: 'waiver-delete',
      severityLevel: 'medium',
      request: req,
      meta: { waiverId: id },
    });
    try {
      const waiver = await waivers.get(id);
      if (!waiver) throw new NotFoundError(`No waiver with id ${id}`);
      await authorizeOn(
        alignmentWaiverDeletePermission,
        waiver.entityRef,
        credentials,
      );
      const removed = await waivers.delete(id);
      await event.success({
        meta: { entityRef: removed.entityRef, checkId: removed.checkId },
      });
      res.status(204).end();
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  return router;
}
