import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogReadScopes } from './CatalogReadScopes';

const credentials = mockCredentials.user('user:default/alice');

const ownedByPayments = {
  pluginId: 'catalog',
  resourceType: 'catalog-entity',
  result: AuthorizeResult.CONDITIONAL,
  conditions: {
    rule: 'IS_ENTITY_OWNER',
    resourceType: 'catalog-entity',
    params: { claims: ['group:default/payments'] },
  },
} as const;

function setup(decision: object) {
  let now = 0;
  const permissions = mockServices.permissions.mock({
    authorizeConditional: jest.fn(async () => [decision as any]),
  });
  const catalog = catalogServiceMock({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'Billing', namespace: 'default' },
      },
    ],
  });
  const getEntities = jest.spyOn(catalog, 'getEntities');
  const scopes = new CatalogReadScopes(permissions, catalog, {
    ttlMs: 10_000,
    now: () => now,
  });
  return {
    scopes,
    getEntities,
    permissions,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('CatalogReadScopes', () => {
  it('gives every entity on ALLOW without asking the catalog', async () => {
    const { scopes, getEntities } = setup({ result: AuthorizeResult.ALLOW });
    await expect(scopes.forCaller(credentials)).resolves.toEqual({
      kind: 'all',
    });
    expect(getEntities).not.toHaveBeenCalled();
  });

  it('gives none on DENY', async () => {
    const { scopes, getEntities } = setup({ result: AuthorizeResult.DENY });
    const scope = await scopes.forCaller(credentials);
    expect(scope.kind === 'some' && scope.refs.size).toBe(0);
    expect(getEntities).not.toHaveBeenCalled();
  });

  it('asks the catalog, as the caller, for what conditions allow, and keeps it for the TTL', async () => {
    const { scopes, getEntities, advance } = setup(ownedByPayments);
    const first = await scopes.forCaller(credentials);
    expect(first).toMatchObject({ kind: 'some' });
    expect(first.kind === 'some' && [...first.refs]).toEqual([
      'component:default/billing',
    ]);
    expect(getEntities).toHaveBeenCalledWith(
      expect.objectContaining({ fields: expect.any(Array) }),
      { credentials },
    );

    advance(9_000);
    const cached = await scopes.forCaller(credentials);
    expect(getEntities).toHaveBeenCalledTimes(1);
    expect(cached).toEqual(first);

    advance(2_000);
    const fresh = await scopes.forCaller(credentials);
    expect(getEntities).toHaveBeenCalledTimes(2);
    // A new set gets a new key, so nothing cached for the old one is served.
    expect(fresh.kind === 'some' && fresh.key).not.toBe(
      first.kind === 'some' && first.key,
    );
  });

  it("reuses a caller's decision for a few seconds, and each caller's apart", async () => {
    const { scopes, permissions, advance } = setup({
      result: AuthorizeResult.ALLOW,
    });
    const bob = mockCredentials.user('user:default/bob');
    await scopes.forCaller(credentials);
    advance(4_000);
    await scopes.forCaller(credentials);
    await scopes.forCaller(bob);
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(2);
    advance(2_000);
    await scopes.forCaller(credentials);
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(3);
    await scopes.forCaller(credentials, { fresh: true });
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(4);
  });
});
