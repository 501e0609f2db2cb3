import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import { ALL_ENTITIES } from './access/ReadScope';
import { AlignmentQueries } from './AlignmentQueries';

function fakeDatabase() {
  const list = jest.fn(async () => ({
    items: [],
    totalItems: 0,
    nextCursor: undefined,
  }));
  const db = {
    runs: { latestSucceededId: async () => 7 },
    published: { list },
    history: { scoresAsOf: async () => new Map() },
  } as unknown as AlignmentDatabase;
  return { db, list };
}

const query = (q?: string) => ({
  filter: q ? { q } : {},
  sort: 'score' as const,
  order: 'asc' as const,
  limit: 25,
});

describe('AlignmentQueries caching', () => {
  it('serves a structured query from the cache until results change', async () => {
    const { db, list } = fakeDatabase();
    const queries = new AlignmentQueries(
      db,
      catalogServiceMock(),
      mockServices.permissions(),
    );
    await queries.entities(query(), ALL_ENTITIES);
    await queries.entities(query(), ALL_ENTITIES);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('computes free-text searches every time, so they cannot fill the cache', async () => {
    const { db, list } = fakeDatabase();
    const queries = new AlignmentQueries(
      db,
      catalogServiceMock(),
      mockServices.permissions(),
    );
    await queries.entities(query('billing'), ALL_ENTITIES);
    await queries.entities(query('billing'), ALL_ENTITIES);
    expect(list).toHaveBeenCalledTimes(2);
    // 1,000 distinct searches leave the cached dashboard answer in place.
    await queries.entities(query(), ALL_ENTITIES);
    for (let i = 0; i < 1000; i++)
      await queries.entities(query(`s${i}`), ALL_ENTITIES);
    await queries.entities(query(), ALL_ENTITIES);
    expect(list).toHaveBeenCalledTimes(2 + 1 + 1000);
  });
});
