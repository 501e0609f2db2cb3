/** `1 entity`, `3 entities`. */
export function entityCount(count: number): string {
  return count === 1 ? '1 entity' : `${count} entities`;
}
