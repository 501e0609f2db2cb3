import type { Entity } from '@backstage/catalog-model';
import type { DatabaseContextChanges } from '../database/DatabaseContextChanges';
import type { CatalogReader } from './CatalogReader';
import { ContextSnapshots } from './ContextSnapshots';

function setup() {
  let owner = 'payments';
  let changedAt: Date | undefined;
  const reads = jest.fn();
  const reader = {
    async *contextEntities() {
      reads();
      yield [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'System',
          metadata: { name: 'checkout', namespace: 'default' },
          spec: { owner },
        } as Entity,
      ];
    },
  } as unknown as CatalogReader;
  const snapshots = new ContextSnapshots({
    reader,
    contextChanges: {
      lastChangedAt: async () => changedAt,
    } as DatabaseContextChanges,
  });
  return {
    snapshots,
    reads,
    change: (to: string) => {
      owner = to;
      changedAt = new Date(Date.now() + 1);
    },
  };
}

const ownerOf = (entity?: Entity) => (entity?.spec as any)?.owner;

describe('ContextSnapshots', () => {
  it('reuses the context read last until a replica records a change', async () => {
    const { snapshots, reads, change } = setup();
    await snapshots.read();
    await snapshots.recent();
    expect(reads).toHaveBeenCalledTimes(1);

    change('platform');
    await new Promise(resolve => setTimeout(resolve, 5));
    expect(ownerOf(snapshots.previousVersion('system:default/checkout'))).toBe(
      'payments',
    );
    const [a, b] = await Promise.all([snapshots.recent(), snapshots.recent()]);
    expect(a).toBe(b);
    expect(reads).toHaveBeenCalledTimes(2);
    expect(ownerOf(a.get('system:default/checkout'))).toBe('platform');
    await snapshots.recent();
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
