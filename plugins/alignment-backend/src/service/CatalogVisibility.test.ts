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

  it('reuses an answer for the same caller and entity for a few seconds only', async () => {
    const { catalog, getEntitiesByRefs } = catalogFor();
    let now = 0;
    const visibility = new CatalogVisibility(catalog, {
      ttlMs: 5_000,
      now: () => now,
    });
    await visibility.canSee('component:default/billing', ada);
    now += 4_000;
    await visibility.canSee('component:default/billing', ada);
    await visibility.canSee('component:default/billing', bob);
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(2);
    now += 2_000;
    await visibility.canSee('component:default/billing', ada);
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(3);
    // A write asks again, within the window too.
    await visibility.canSee('component:default/billing', ada, { fresh: true });
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(4);
  });

  it('does not keep a failed answer', async () => {
    const getEntitiesByRefs = jest
      .fn()
      .mockRejectedValueOnce(new Error('503'))
      .mockResolvedValue({ items: [{ kind: 'Component' }] });
    const visibility = new CatalogVisibility({
      getEntitiesByRefs,
    } as unknown as CatalogService);
    await expect(
      visibility.canSee('component:default/billing', ada),
    ).rejects.toThrow('503');
    await expect(
      visibility.canSee('component:default/billing', ada),
    ).resolves.toBe(true);
  });
});
