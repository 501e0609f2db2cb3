import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  alignmentWaiverCreatePermission,
  alignmentWaiverDeletePermission,
} from '@lodestar/backstage-plugin-alignment-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import type { DatabaseWaiverStore } from '../database/DatabaseWaiverStore';
import { authorizeOrThrow } from './authorizeOrThrow';
import { entityRefSchema, parseInput, waiverBodySchema } from './validation';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `GET /waivers`, `POST /waivers`, `DELETE /waivers/:id`. */
export function createWaiversRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  waivers: DatabaseWaiverStore;
  maxDays: number;
  clock?: () => Date;
}) {
  const { httpAuth, permissions, auditor, waivers, maxDays } = options;
  const now = () => options.clock?.() ?? new Date();
  const router = Router();

  router.get('/waivers', async (req, res) => {
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
    res.json({
      items: await waivers.list({
        entityRef,
        activeAt: active === 'true' ? now().toISOString() : undefined,
      }),
    });
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
      await authorizeOrThrow(
        permissions,
        alignmentWaiverCreatePermission,
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
      await authorizeOrThrow(
        permissions,
        alignmentWaiverDeletePermission,
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
