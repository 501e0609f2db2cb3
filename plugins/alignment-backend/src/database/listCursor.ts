import { InputError } from '@backstage/errors';

/** Columns the entity list can be sorted by. */
export const SORT_KEYS = {
  score: 'score',
  level: 'level',
  entityRef: 'entity_ref',
  owner: 'owner',
  title: 'title',
  evaluatedAt: 'evaluated_at',
} as const;

/** A key the entity list can be sorted by. */
export type SortKey = keyof typeof SORT_KEYS;

/** The cursor of the entity list: where the previous page ended. */
export interface ListCursor {
  sort: SortKey;
  order: 'asc' | 'desc';
  value: string | number;
  ref: string;
}

/** The opaque text a page hands out as `nextCursor`. */
export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/**
 * The cursor a caller sent back, checked: it must be one this API made, for
 * the same sort and order.
 */
export function decodeCursor(
  text: string,
  sort: SortKey,
  order: 'asc' | 'desc',
): ListCursor {
  let cursor: ListCursor;
  try {
    cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new InputError(
      'cursor is not valid; use the nextCursor of a previous page',
    );
  }
  if (
    !cursor ||
    typeof cursor.ref !== 'string' ||
    (typeof cursor.value !== 'string' && typeof cursor.value !== 'number')
  ) {
    throw new InputError(
      'cursor is not valid; use the nextCursor of a previous page',
    );
  }
  if (cursor.sort !== sort || cursor.order !== order) {
    throw new InputError(
      'cursor belongs to a different sort or order; start again without a cursor',
    );
  }
  return cursor;
}
