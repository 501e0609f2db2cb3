import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  alignmentFactsWritePermission,
  AlignmentConfig,
  FactPushResponse,
} from '@lodestar/backstage-plugin-alignment-common';
import express from 'express';
import Router from 'express-promise-router';
import type { DatabaseFactStore } from '../../database/DatabaseFactStore';
import { factProblem, observationsOf } from '../../facts/factProblems';
import { inScope } from '../access/ReadScope';
import type { AlignmentQueries } from '../AlignmentQueries';
import { authorizeOrThrow } from '../authorizeOrThrow';
import {
  factPushSchema,
  parsePush,
  PUSH_BODY_LIMIT_BYTES,
} from './pushSchemas';

/**
 * `POST /facts`: facts for entities, from CI/CD pipelines and other
 * systems, one entity's or a batch. A batch is all or nothing: one bad
 * item rejects it with the item and the problem named, and stores nothing.
 * Accepted facts re-evaluate their entities within seconds.
 */
export function createFactsWriteRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  facts: DatabaseFactStore;
  queries: Pick<AlignmentQueries, 'readScope'>;
  /** Which of the refs Lodestar has evaluated (a published result). */
  existingRefs: (entityRefs: string[]) => Promise<Set<string>>;
  config: AlignmentConfig;
  /** Told the entities whose facts changed, to re-evaluate them. */
  onFactsChanged: (entityRefs: string[]) => void;
  clock?: () => Date;
}) {
  const { httpAuth, permissions, auditor, facts, queries, config } = options;
  const { existingRefs } = options;
  const definitions = new Map(config.facts.map(d => [d.key, d]));
  const router = Router();
  router.use('/facts', express.json({ limit: PUSH_BODY_LIMIT_BYTES }));

  router.post('/facts', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const items = parsePush(factPushSchema, req.body, 'facts');
    const refs = [...new Set(items.map(i => i.entityRef))];
    const event = await auditor.createEvent({
      eventId: 'facts-push',
      severityLevel: 'low',
      request: req,
      meta: {
        entities: refs.length,
        facts: items.reduce((n, i) => n + Object.keys(i.facts).length, 0),
        sources: [...new Set(items.map(i => i.source))].slice(0, 10),
      },
    });
    try {
      await authorizeOrThrow(
        permissions,
        { permission: alignmentFactsWritePermission },
        credentials,
      );
      items.forEach((item, index) => {
        const problem = factProblem(
          item.facts,
          definitions,
          items.length > 1 ? `items.${index}.` : '',
        );
        if (problem) throw new InputError(`Invalid facts: ${problem}`);
      });
      // An indexed lookup of the pushed refs, not the run's summaries: a
      // push's own re-evaluation ends the cache of those, so reading them
      // made every push after the first pay for the whole catalog.
      const [scope, known] = await Promise.all([
        queries.readScope(credentials, { fresh: true }),
        existingRefs(refs),
      ]);
      const unseen = refs.filter(ref => !inScope(scope, ref));
      if (unseen.length > 0) {
        throw new NotAllowedError(
          `You may not read ${unseen.slice(0, 5).join(', ')}${
            unseen.length > 5 ? ` and ${unseen.length - 5} more` : ''
          }, so you may not push facts for them`,
        );
      }
      const unknown = refs.filter(ref => !known.has(ref));
      if (unknown.length > 0) {
        throw new InputError(
          `Invalid facts: Lodestar has no evaluated entity ${unknown
            .slice(0, 5)
            .join(', ')}${
            unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''
          }: not in the catalog, not of an evaluated kind, or not evaluated yet`,
        );
      }
      const receivedAt = (options.clock?.() ?? new Date()).toISOString();
      const observations = observationsOf(items, receivedAt);
      const outcome = await facts.write(observations, receivedAt);
      if (outcome.accepted > 0) options.onFactsChanged(refs);
      const response: FactPushResponse = {
        ...outcome,
        reevaluating: outcome.accepted > 0 ? refs.length : 0,
      };
      await event.success({ meta: { ...response } });
      res.json(response);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  return router;
}
