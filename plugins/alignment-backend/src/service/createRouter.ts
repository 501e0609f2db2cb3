import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import express, { ErrorRequestHandler } from 'express';
import Router from 'express-promise-router';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { EvaluationRunner } from '../evaluation/EvaluationRunner';
import {
  AlignmentConfig,
  resolveAlignmentConfig,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentQueries } from './AlignmentQueries';
import { ExpiringCache } from './access/ExpiringCache';
import { createCampaignsRouter } from './campaigns/campaignsRouter';
import { createProposalsRouter } from './campaigns/proposalsRouter';
import { createFactsWriteRouter } from './outcomes/factsWriteRouter';
import { createMeasuresWriteRouter } from './outcomes/measuresWriteRouter';
import { createOutcomesRouter } from './outcomes/outcomesRouter';
import { GROUP_HIERARCHY_TTL_MS, PageDeps } from './pages/pageContext';
import { createPagesRouter } from './pages/pagesRouter';
import { createPreviewRouter } from './preview/previewRouter';
import type { PreviewSnapshots } from './preview/PreviewSnapshots';
import { createEntitiesRouter } from './entitiesRouter';
import { createEvaluationsRouter } from './evaluationsRouter';
import { createOverviewRouter } from './overviewRouter';
import { createScorecardsRouter } from './scorecardsRouter';
import { createStrategyRouter } from './strategyRouter';
import { createWaiversRouter } from './waiversRouter';

/** Largest request body accepted; Lodestar's writes are a few hundred bytes. */
export const BODY_LIMIT_BYTES = 64 * 1024;

/** Turns body-parser failures into errors that say what was wrong. */
const bodyErrors: ErrorRequestHandler = (error, _req, _res, next) => {
  if (error?.type === 'entity.too.large') {
    const tooLarge = new Error(
      `Request body of ${
        error.length ?? 'unknown'
      } bytes is larger than the limit of ${
        error.limit ?? BODY_LIMIT_BYTES
      } bytes`,
    );
    tooLarge.name = 'PayloadTooLargeError';
    (tooLarge as Error & { statusCode: number }).statusCode = 413;
    next(tooLarge);
  } else if (error?.type === 'entity.parse.failed') {
    next(new InputError(`Request body is not valid JSON: ${error.message}`));
  } else {
    next(error);
  }
};

/** The alignment API, one router per resource. */
export function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  db: AlignmentDatabase;
  queries: AlignmentQueries;
  runner: EvaluationRunner;
  triggerFullRun: () => Promise<void>;
  waiverMaxDays: number;
  /** The scoring configuration; defaults when absent. */
  config?: AlignmentConfig;
  /** The catalog snapshots previews evaluate drafts on. */
  previewSnapshots: PreviewSnapshots;
  /** Told the entities whose facts changed, to re-evaluate them. */
  onFactsChanged?: (entityRefs: string[]) => void;
  /** Reads catalog entities as the plugin itself, not as the caller. */
  readEntities: (entityRefs: string[]) => Promise<Entity[]>;
  clock?: () => Date;
}): express.Router {
  const { httpAuth, permissions, auditor, catalog, db, queries, runner } =
    options;
  const config = options.config ?? resolveAlignmentConfig();
  const pageDeps: PageDeps = {
    db,
    queries,
    catalog,
    config,
    clock: options.clock ?? (() => new Date()),
    groupHierarchies: new ExpiringCache({
      ttlMs: GROUP_HIERARCHY_TTL_MS,
      maxEntries: 100,
    }),
  };
  const router = Router();
  // Pushes come in batches and parse their bodies with a larger limit of
  // their own; everything else is held to a few kilobytes.
  router.use(
    createFactsWriteRouter({
      httpAuth,
      permissions,
      auditor,
      facts: db.facts,
      queries,
      existingRefs: refs => db.published.existing(refs),
      config,
      onFactsChanged: options.onFactsChanged ?? (() => {}),
      clock: options.clock,
    }),
  );
  router.use(
    createMeasuresWriteRouter({
      httpAuth,
      permissions,
      auditor,
      readEntities: options.readEntities,
      measures: db.measures,
      clock: options.clock,
    }),
  );
  router.use(express.json({ limit: BODY_LIMIT_BYTES }));
  router.use(bodyErrors);
  router.use(createScorecardsRouter({ httpAuth, queries }));
  router.use(createEntitiesRouter({ httpAuth, queries }));
  router.use(createOverviewRouter({ httpAuth, queries }));
  router.use(createStrategyRouter({ httpAuth, catalog }));
  router.use(createPagesRouter({ httpAuth, deps: pageDeps }));
  router.use(createOutcomesRouter({ httpAuth, deps: pageDeps }));
  router.use(createCampaignsRouter({ httpAuth, deps: pageDeps }));
  router.use(
    createProposalsRouter({
      httpAuth,
      permissions,
      auditor,
      proposals: db.campaignProposals,
      triggerFullRun: options.triggerFullRun,
      clock: options.clock,
    }),
  );
  router.use(
    createPreviewRouter({
      httpAuth,
      permissions,
      queries,
      db,
      snapshots: options.previewSnapshots,
      clock: options.clock ?? (() => new Date()),
    }),
  );
  router.use(
    createWaiversRouter({
      httpAuth,
      permissions,
      auditor,
      waivers: db.waivers,
      access: queries,
      maxDays: options.waiverMaxDays,
      clock: options.clock,
    }),
  );
  router.use(
    createEvaluationsRouter({
      httpAuth,
      permissions,
      auditor,
      runs: db.runs,
      runner,
      catalog,
      triggerFullRun: options.triggerFullRun,
    }),
  );
  return router;
}
