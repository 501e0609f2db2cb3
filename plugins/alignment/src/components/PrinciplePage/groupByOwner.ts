import type { EntityRow } from '@lodestar/backstage-plugin-alignment-common';

/** Rows that share an owner, in the order they came. */
export interface OwnerGroup {
  /** Ref of the owner; undefined for entities without one. */
  owner?: string;
  rows: EntityRow[];
}

/**
 * Groups consecutive rows with the same owner. The list is sorted by owner
 * on the server, so on each page an owner's rows are together; only an
 * owner cut by a page boundary shows again at the top of the next page.
 */
export function groupByOwner(rows: EntityRow[]): OwnerGroup[] {
  const groups: OwnerGroup[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    const owner = row.owner || undefined;
    if (last && last.owner === owner) last.rows.push(row);
    else groups.push({ owner, rows: [row] });
  }
  return groups;
}
