import type { Entity } from '@backstage/catalog-model';
import { isCatalogEntityChange } from './catalogEntityChanges';
import { entityContentHash } from './entityContentHash';

const authored: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout',
    namespace: 'default',
    title: 'Checkout',
    annotations: { 'lodestar.dev/objectives': 'grow-emea' },
    labels: { tier: 'one' },
  },
  spec: { type: 'service', owner: 'payments', lifecycle: 'production' },
};

describe('entityContentHash', () => {
  it('is the same for the entity as processed and as the catalog serves it', () => {
    const served = {
      ...authored,
      metadata: {
        // Keys in another order, plus what the catalog adds when it stores.
        labels: { tier: 'one', 'lodestar.dev/level': 'aligned' },
        annotations: {
          'lodestar.dev/owner-source': 'declared',
          'lodestar.dev/objectives': 'grow-emea',
        },
        title: 'Checkout',
        namespace: 'default',
        name: 'checkout',
        uid: 'a1b2',
        etag: 'e1',
        generation: 3,
      },
      relations: [{ type: 'ownedBy', targetRef: 'group:default/payments' }],
      status: { items: [] },
    } as Entity;
    expect(entityContentHash(served)).toBe(entityContentHash(authored));
  });

  it('changes with what the author wrote, including Lodestar annotations of their own', () => {
    const hash = entityContentHash(authored);
    expect(
      entityContentHash({
        ...authored,
        spec: { ...authored.spec, owner: 'platform' },
      }),
    ).not.toBe(hash);
    expect(
      entityContentHash({
        ...authored,
        metadata: {
          ...authored.metadata,
          annotations: { 'lodestar.dev/objectives': 'retire-marketplace' },
        },
      }),
    ).not.toBe(hash);
    expect(
      entityContentHash({
        ...authored,
        metadata: { ...authored.metadata, labels: undefined },
      }),
    ).not.toBe(hash);
  });
});

describe('isCatalogEntityChange', () => {
  it('accepts a change and refuses other payloads', () => {
    expect(
      isCatalogEntityChange({
        entityRef: 'component:default/checkout',
        kind: 'Component',
        contentHash: 'abc',
      }),
    ).toBe(true);
    expect(isCatalogEntityChange(null)).toBe(false);
    expect(isCatalogEntityChange({ entityRef: 'x', kind: 'Component' })).toBe(
      false,
    );
    expect(isCatalogEntityChange('component:default/checkout')).toBe(false);
  });
});
