/**
 * Splits a list into pieces of at most `size`: SQLite limits a statement
 * to 32,766 bound values and MySQL packets have a size, so long `IN` lists
 * and multi-row inserts go in pieces.
 */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const pieces: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    pieces.push(items.slice(i, i + size));
  }
  return pieces;
}
