import { mockCredentials } from '@backstage/backend-test-utils';
import type { MeasureProgress } from '@lodestar/backstage-plugin-alignment-common';
import { ALL_ENTITIES, NO_ENTITIES } from '../access/ReadScope';
import type { PageDeps } from '../pages/pageContext';
import { withholdCatalogMeasures } from './withheldMeasures';

const measure = (source: MeasureProgress['source']): MeasureProgress => ({
  id: source,
  title: source,
  source,
  status: 'on-track',
  reason: 'Projected 2 by 2027-06-30',
  current: { value: 2, observedAt: '2026-11-28T00:00:00.000Z', source: 'x' },
  trend: [{ day: '2026-11-28', value: 2 }],
});

function deps(mayReadAggregates: boolean) {
  return {
    queries: { mayReadAggregates: async () => mayReadAggregates },
  } as unknown as PageDeps;
}

describe('withholdCatalogMeasures', () => {
  const credentials = mockCredentials.user();
  const items = [measure('catalog'), measure('push')];

  it('keeps catalog-wide values from a caller who sees only some entities', async () => {
    const [catalog, pushed] = await withholdCatalogMeasures(
      deps(false),
      { credentials, scope: NO_ENTITIES },
      items,
    );
    expect(catalog).toMatchObject({
      status: 'not-measured',
      withheld: true,
      trend: [],
    });
    expect(catalog.current).toBeUndefined();
    expect(pushed).toEqual(items[1]);
  });

  it('shows them to callers who see everything or may read aggregates', async () => {
    expect(
      await withholdCatalogMeasures(
        deps(false),
        { credentials, scope: ALL_ENTITIES },
        items,
      ),
    ).toEqual(items);
    expect(
      await withholdCatalogMeasures(
        deps(true),
        { credentials, scope: NO_ENTITIES },
        [{ direction: 'A', progress: items[0] }],
      ),
    ).toEqual([{ direction: 'A', progress: items[0] }]);
  });
});
