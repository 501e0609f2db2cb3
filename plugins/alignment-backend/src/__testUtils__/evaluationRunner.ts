import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { resolveAlignmentConfig } from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import { AlignmentNotifier } from '../evaluation/AlignmentNotifier';
import { CatalogReader } from '../evaluation/CatalogReader';
import { EvaluationRunner } from '../evaluation/EvaluationRunner';

/**
 * An EvaluationRunner over a mock catalog of `entities`, read 10 to a page
 * unless told otherwise, with the notifications it sends collected; the
 * catalog can fail on the nth page of evaluated entities, or wait before
 * each page.
 */
export function setupRunner(
  db: AlignmentDatabase,
  entities: Entity[],
  options: {
    pageSize?: number;
    failOnPage?: number;
    clock?: () => Date;
    workerThread?: boolean;
    /** Awaited before the catalog answers each page. */
    beforePage?: () => Promise<unknown>;
  } = {},
) {
  const catalog = catalogServiceMock({ entities });
  if (options.beforePage) {
    const query = catalog.queryEntities.bind(catalog);
    catalog.queryEntities = async (req, opts) => {
      await options.beforePage?.();
      return query(req, opts);
    };
  }
  let evaluatedPages = 0;
  let evaluating = false;
  if (options.failOnPage !== undefined) {
    const query = catalog.queryEntities.bind(catalog);
    catalog.queryEntities = async (req, opts) => {
      // The evaluated kinds are read last, as one scan of the whole catalog.
      const request = req as { cursor?: string; filter?: unknown };
      if (!request.cursor && !request.filter) evaluating = true;
      if (evaluating && ++evaluatedPages === options.failOnPage) {
        throw new Error('catalog unreachable: connect ECONNREFUSED');
      }
      return query(req, opts);
    };
  }
  const sent: any[] = [];
  const notifier = new AlignmentNotifier(
    { send: async n => void sent.push(n) },
    db.trends,
    mockServices.logger.mock(),
  );
  const logger = mockServices.logger.mock();
  const runner = new EvaluationRunner({
    db,
    reader: new CatalogReader(
      catalog,
      mockServices.auth(),
      options.pageSize ?? 10,
    ),
    logger,
    config: resolveAlignmentConfig(),
    retention: {
      historyDays: 400,
      aggregateDays: 1095,
      factObservationDays: 30,
    },
    notifier,
    clock: options.clock,
    workerThread: options.workerThread,
  });
  return { runner, sent, logger };
}
