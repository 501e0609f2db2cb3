import { mockCredentials } from '@backstage/backend-test-utils';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { CatalogVisibility } from './CatalogVisibility';

/** A catalog in which Ada sees everything and Bob only the billing service. */
function catalogFor() {
  const getEntitiesByRefs = jest.fn(
    async (
      request: { entityRefs: string[] },
      options: { credentials: BackstageCredentials },
    ) => {
      const principal = options.credentials.principal as {
        userEntityRef?: string;
      };
      const sees = (ref: string) =>
        ref !== 'component:default/ghost' &&
        (principal.userEntityRef === 'user:default/ada' ||
          ref === 'component:default/billing');
      return {
        items: request.entityRefs.map(ref =>
          sees(ref) ? { kind: 'Component', metadata: { name: ref } } : null,
        ),
      };
    },
  );
  return {
    catalog: { getEntitiesByRefs } as unknown as CatalogService,
    getEntitiesByRefs,
  };
}

describe('CatalogVisibility', () => {
  const ada = mockCredentials.user('user:default/ada');
  const bob = mockCredentials.user('user:default/bob');

  it('asks the catalog once for one caller, and each caller as itself', async () => {
    const { catalog, getEntitiesByRefs } = catalogFor();
    const visibility = new CatalogVisibility(catalog);
    const answers = await Promise.all([
      visibility.canSee('component:default/billing', ada),
      visibility.canSee('component:default/payroll', ada),
      visibility.canSee('component:default/billing', bob),
      visibility.canSee('component:default/payroll', bob),
      visibility.canSee('component:default/ghost', ada),
    ]);
    expect(answers).toEqual([true, true, true, false, false]);
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(2);
    const asked = getEntitiesByRefs.mock.calls.map(([request, options]) => [
      options.credentials,
      request.entityRefs,
    ]);
    expect(asked).toEqual([
      [
        ada,
        [
          'component:default/billing',
          'component:default/payroll',
          'component:default/ghost',
        ],
      ],
      [bob, ['component:default/billing', 'component:default/payroll']],
    ]);
  });

  it('passes a catalog failure on to every question of the batch', async () => {
    const catalog = {
      getEntitiesByRefs: jest.fn().mockRejectedValue(new Error('503')),
    } as unknown as CatalogService;
    const visibility = new CatalogVisibility(catalog);
    await expect(
      visibility.canSee('component:default/billing', ada),
    ).rejects.toThrow('503');
  });
});
