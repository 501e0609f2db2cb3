import Router from 'express-promise-router';
import type { EntityRow } from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentQueries } from './AlignmentQueries';
import { listQuerySchema, parseInput } from './validation';

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
  'evaluatedAt',
];

/**
 * A CSV cell. Entity text is foreign input: cells that a spreadsheet would
 * run as a formula are prefixed with an apostrophe.
 */
function csvCell(value: unknown): string {
  let text = Array.isArray(value) ? value.join(' ') : String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `GET /entities` (paginated) and `GET /entities.csv` (every matching row). */
export function createEntitiesRouter(options: { queries: AlignmentQueries }) {
  const { queries } = options;
  const router = Router();

  router.get('/entities', async (req, res) => {
    const { sort, order, limit, cursor, ...filter } = parseInput(
      listQuerySchema,
      req.query,
      'entity query',
    );
    res.json(await queries.entities({ filter, sort, order, limit, cursor }));
  });

  router.get('/entities.csv', async (req, res) => {
    const { sort, order, ...filter } = parseInput(
      listQuerySchema.omit({ limit: true, cursor: true }),
      req.query,
      'entity query',
    );
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      'attachment; filename="lodestar-entities.csv"',
    );
    res.write(`${CSV_COLUMNS.join(',')}\n`);
    let cursor: string | undefined;
    do {
      const page = await queries.entities({
        filter,
        sort,
        order,
        limit: 500,
        cursor,
      });
      res.write(
        page.items
          .map(row => `${CSV_COLUMNS.map(c => csvCell(row[c])).join(',')}\n`)
          .join(''),
      );
      cursor = page.nextCursor;
    } while (cursor);
    res.end();
  });

  return router;
}
