import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  alignmentMeasuresWritePermission,
  isLodestarEntity,
  isTypedMeasure,
  measuresOf,
  MeasurePushResponse,
} from '@lodestar/backstage-plugin-alignment-common';
import express from 'express';
import Router from 'express-promise-router';
import type { DatabaseMeasureStore } from '../../database/DatabaseMeasureStore';
import { authorizeOrThrow } from '../authorizeOrThrow';
import {
  measureObservationSchema,
  parsePush,
  PUSH_BODY_LIMIT_BYTES,
} from './pushSchemas';

/**
 * `POST /measures`: values of objectives' measures, from business systems
 * (CRM, billing, analytics), one or a batch; all or nothing, like facts.
 * The objective must be one the caller may read, and the measure one it
 * declares with numbers and values pushed, not computed from the catalog.
 */
export function createMeasuresWriteRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  /** Reads entities as the plugin itself. */
  readEntities: (entityRefs: string[]) => Promise<Entity[]>;
  measures: DatabaseMeasureStore;
  clock?: () => Date;
}) {
  const { httpAuth, permissions, auditor, readEntities, measures } = options;
  const router = Router();
  router.use('/measures', express.json({ limit: PUSH_BODY_LIMIT_BYTES }));

  router.post('/measures', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const items = parsePush(measureObservationSchema, req.body, 'measures');
    const refs = [...new Set(items.map(i => i.objectiveRef))];
    const event = await auditor.createEvent({
      eventId: 'measures-push',
      severityLevel: 'low',
      request: req,
      meta: { objectives: refs, observations: items.length },
    });
    try {
      await authorizeOrThrow(
        permissions,
        { permission: alignmentMeasuresWritePermission },
        credentials,
      );
      // Read access is the policy's decision on each objective; the
      // objectives themselves are read as the plugin, so a pipeline's token
      // needs access to this plugin only, not to the catalog's API.
      const decisions = await permissions.authorize(
        refs.map(resourceRef => ({
          permission: catalogEntityReadPermission,
          resourceRef,
        })),
        { credentials },
      );
      const readable = refs.filter(
        (_ref, i) => decisions[i].result === AuthorizeResult.ALLOW,
      );
      const found = readable.length ? await readEntities(readable) : [];
      const objectives = new Map(
        found
          .filter(e => e.kind === 'Objective' && isLodestarEntity(e))
          .map(e => [stringifyEntityRef(e).toLocaleLowerCase('en-US'), e]),
      );
      const missing = refs.filter(ref => !objectives.has(ref));
      if (missing.length > 0) {
        throw new NotAllowedError(
          `No Objective ${missing.join(
            ', ',
          )} in the catalog, or you may not read it`,
        );
      }
      items.forEach((item, index) => {
        const where = items.length > 1 ? `items.${index}.` : '';
        const measure = measuresOf(objectives.get(item.objectiveRef)!).find(
          m => isTypedMeasure(m) && m.id === item.measureId,
        );
        if (!measure || !isTypedMeasure(measure)) {
          const ids = measuresOf(objectives.get(item.objectiveRef)!)
            .filter(isTypedMeasure)
            .map(m => m.id);
          throw new InputError(
            `Invalid measures: ${where}measureId "${
              item.measureId
            }" is not a measure of ${item.objectiveRef}; its measures are ${
              ids.join(', ') || 'none with an id'
            }`,
          );
        }
        if (measure.source === 'catalog') {
          throw new InputError(
            `Invalid measures: ${where}measureId "${item.measureId}" of ${item.objectiveRef} is computed from the catalog; it takes no pushed values`,
          );
        }
      });
      const receivedAt = (options.clock?.() ?? new Date()).toISOString();
      const response: MeasurePushResponse = await measures.write(
        items.map(i => ({
          objectiveRef: i.objectiveRef,
          measureId: i.measureId,
          value: i.value,
          observedAt: i.observedAt ?? receivedAt,
          source: i.source,
        })),
        receivedAt,
      );
      await event.success({ meta: { ...response } });
      res.json(response);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  return router;
}
