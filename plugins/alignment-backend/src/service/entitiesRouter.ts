import type { HttpAuthService } from '@backstage/backend-plugin-api';
import type { Response } from 'express';
import Router from 'express-promise-router';
import { once } from 'node:events';
import type { EntityRow } from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentQueries } from './AlignmentQueries';
import { csvLine } from './csv/csvCells';
import { ExportLimiter } from './csv/exportLimiter';
import { csvQuerySchema, listQuerySchema, parseInput } from './validation';

/** Concurrent CSV exports one caller may stream. */
export const EXPORTS_PER_CALLER = 2;
const EXPORT_PAGE_SIZE = 500;

/**
 * Writes a chunk, waiting for the client to drain the buffer first when it
 * is full, so a slow reader never makes the export pile rows up in memory.
 * False when the client went away.
 */
async function write(res: Response, chunk: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (!res.write(chunk)) {
    await Promise.race([once(res, 'drain'), once(res, 'close')]);
  }
  return !res.destroyed;
}

const CSV_COLUMNS: Array<keyof EntityRow> = [
  'entityRef',
  'title',
  'kind',
  'owner',
  'system',
  'domain',
  'lifecycle',
  'score',
  'level',
  'delta30d',
  'signals',
  'needsRevalidation',
  'failingChecks',
  'noDataChecks',
  'evaluatedAt',
];

/** `GET /entities` (paginated) and `GET /entities.csv` (every matching row). */
export function createEntitiesRouter(options: {
  httpAuth: HttpAuthService;
  queries: AlignmentQueries;
  exportsPerCaller?: number;
}) {
  const { httpAuth, queries } = options;
  const limiter = new ExportLimiter(
    options.exportsPerCaller ?? EXPORTS_PER_CALLER,
  );
  const router = Router();

  router.get('/entities', async (req, res) => {
    const { sort, order, limit, cursor, ...filter } = parseInput(
      listQuerySchema,
      req.query,
      'entity query',
    );
    const scope = await queries.readScope(await httpAuth.credentials(req));
    res.json(
      await queries.entities({ filter, sort, order, limit, cursor }, scope),
    );
  });

  router.get('/entities.csv', async (req, res) => {
    const { sort, order, ...filter } = parseInput(
      csvQuerySchema,
      req.query,
      'entity query',
    );
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { principal } = credentials;
    // One decision for the whole export, however many pages it streams.
    const scope = await queries.readScope(credentials);
    const caller =
      principal.type === 'user' ? principal.userEntityRef : principal.subject;
    // The slot is held until the response closes, however it ends: done,
    // failed, or the client gone.
    res.on('close', limiter.acquire(caller));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      'attachment; filename="lodestar-entities.csv"',
    );
    if (!(await write(res, csvLine(CSV_COLUMNS)))) return;
    let cursor: string | undefined;
    do {
      const page = await queries.entities(
        { filter, sort, order, limit: EXPORT_PAGE_SIZE, cursor },
        scope,
      );
      const lines = page.items
        .map(row => csvLine(CSV_COLUMNS.map(column => row[column])))
        .join('');
      if (!(await write(res, lines))) return;
      cursor = page.nextCursor;
    } while (cursor);
    res.end();
  });

  return router;
}
