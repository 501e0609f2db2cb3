import type { Entity } from '@backstage/catalog-model';
import { CatalogSnapshot } from './CatalogSnapshot';

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'team', children: [] },
};
const user: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'ana', namespace: 'default' },
  spec: { memberOf: ['payments'] },
};
const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout', namespace: 'default' },
  spec: { type: 'service', owner: 'payments', lifecycle: 'production' },
};

describe('CatalogSnapshot', () => {
  it('gives back every entity added, so that it can be rebuilt elsewhere', () => {
    const snapshot = CatalogSnapshot.of([group, user, component]);
    expect(snapshot.entities()).toEqual([group, user, component]);

    const rebuilt = CatalogSnapshot.of(structuredClone(snapshot.entities()));
    expect(rebuilt.get('group:default/payments')).toEqual(group);
    expect(rebuilt.has('user:default/ana')).toBe(true);
    expect(rebuilt.memberCount('group:default/payments')).toBe(1);
    expect(rebuilt.ofKind('group')).toEqual(snapshot.ofKind('group'));
  });
});
