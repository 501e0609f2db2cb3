import { resolveAlignmentConfig } from '@lodestar/backstage-plugin-alignment-common';
import type { CatalogReader } from '../../evaluation/CatalogReader';
import { PreviewSnapshots } from './PreviewSnapshots';

function setup() {
  let now = Date.parse('2026-11-28T10:00:00Z');
  const reads = jest.fn();
  const reader = {
    async *contextEntities() {
      reads();
      yield [];
    },
    async *evaluatedPages() {
      yield [];
    },
  } as unknown as CatalogReader;
  const snapshots = new PreviewSnapshots({
    reader,
    config: resolveAlignmentConfig({}),
    maxAgeMs: 15 * 60_000,
    clock: () => new Date(now),
  });
  return {
    snapshots,
    reads,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('PreviewSnapshots', () => {
  it('reads the catalog again a minute after it changed, not before', async () => {
    const { snapshots, reads, advance } = setup();
    await snapshots.get();
    advance(30_000);
    snapshots.noteCatalogChange();
    await snapshots.get();
    expect(reads).toHaveBeenCalledTimes(1);
    advance(30_000);
    await snapshots.get();
    expect(reads).toHaveBeenCalledTimes(2);
    advance(5 * 60_000);
    await snapshots.get();
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
