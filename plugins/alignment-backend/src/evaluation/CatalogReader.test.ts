import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogReader } from './CatalogReader';

const relations = [{ type: 'ownedBy', targetRef: 'group:default/team-a' }];

function component(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { owner: 'team-a', type: 'service', lifecycle: 'production' },
    relations,
    status: { items: [] },
  } as Entity;
}

const entities: Entity[] = [
  component('a'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team-a', namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: [{ type: 'hasMember', targetRef: 'user:default/ann' }],
  },
  component('b'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Location',
    metadata: { name: 'no-spec', namespace: 'default' },
  },
  component('c'),
];

const reader = () =>
  new CatalogReader(catalogServiceMock({ entities }), mockServices.auth(), 2);

const trimmed = (name: string) => {
  const { relations: _r, status: _s, ...rest } = component(name) as any;
  return rest;
};

describe('CatalogReader', () => {
  it('reads the evaluated kinds page by page, without what the catalog adds', async () => {
    const pages: Entity[][] = [];
    for await (const page of reader().evaluatedPages(['component']))
      pages.push(page);
    expect(pages.flat()).toEqual([trimmed('a'), trimmed('b'), trimmed('c')]);
    expect(pages.length).toBeGreaterThan(1);
  });

  it('gives single entities the same shape as a whole run does', async () => {
    expect(await reader().entity('component:default/b')).toEqual(trimmed('b'));
    expect(
      await reader().entities([
        'component:default/a',
        'component:default/missing',
        'location:default/no-spec',
      ]),
    ).toEqual([
      trimmed('a'),
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Location',
        metadata: { name: 'no-spec', namespace: 'default' },
      },
    ]);
  });

  it('reads the context whole: group memberships come from relations', async () => {
    const context: Entity[] = [];
    for await (const page of reader().contextEntities()) context.push(...page);
    expect(context.find(e => e.kind === 'Group')?.relations).toEqual([
      { type: 'hasMember', targetRef: 'user:default/ann' },
    ]);
  });
});
