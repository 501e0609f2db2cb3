import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { EntityPage } from '@lodestar/backstage-plugin-alignment-common';
import { AlignmentEnrichmentCache } from './AlignmentEnrichmentCache';
import { row } from '../__testUtils__/rows';

function setup() {
  const listEntities = jest.fn<Promise<EntityPage>, [any?]>();
  const logger = mockServices.logger.mock();
  const cache = new AlignmentEnrichmentCache({
    alignment: { listEntities },
    logger,
    credentials: async () => mockCredentials.service('plugin:catalog'),
  });
  return { cache, listEntities, logger };
}

const unreachable = () =>
  Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:7007'));

describe('AlignmentEnrichmentCache', () => {
  it('is empty until the first load', () => {
    const { cache } = setup();
    expect(cache.get('component:default/billing')).toBeUndefined();
    expect(cache.generation).toBe(0);
  });

  it('reads every page, following nextCursor in a stable order', async () => {
    const { cache, listEntities } = setup();
    listEntities
      .mockResolvedValueOnce({
        items: [row('component:default/billing')],
        totalItems: 2,
        nextCursor: 'c1',
      })
      .mockResolvedValueOnce({
        items: [
          row('System:Default/Payments', {
            owner: undefined,
            score: 55,
            level: 'drifting',
            signals: ['ownership', 'strategic'],
          }),
        ],
        totalItems: 2,
      });

    await cache.refresh();

    expect(listEntities.mock.calls.map(([request]) => request)).toEqual([
      { sort: 'entityRef', order: 'asc', limit: 500, cursor: undefined },
      { sort: 'entityRef', order: 'asc', limit: 500, cursor: 'c1' },
    ]);
    expect(cache.get('component:default/billing')).toEqual({
      level: 'at-risk',
      score: 87,
      owner: 'group:default/payments',
      ownershipDrift: false,
    });
    expect(cache.get('system:default/payments')).toEqual({
      level: 'drifting',
      score: 55,
      owner: undefined,
      ownershipDrift: true,
    });
    expect(cache.generation).toBe(1);
  });

  it('keeps the last values and logs once while the backend is unreachable', async () => {
    const { cache, listEntities, logger } = setup();
    listEntities.mockResolvedValueOnce({
      items: [row('component:default/billing')],
      totalItems: 1,
    });
    await cache.refresh();

    listEntities.mockImplementation(unreachable);
    await cache.refresh();
    await cache.refresh();
    await cache.refresh();

    expect(cache.get('component:default/billing')?.score).toBe(87);
    expect(cache.generation).toBe(1);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /keep their last known alignment labels.*ECONNREFUSED/,
      ),
    );

    listEntities.mockReset().mockResolvedValueOnce({
      items: [row('component:default/billing', { score: 91 })],
      totalItems: 1,
    });
    await cache.refresh();
    expect(cache.get('component:default/billing')?.score).toBe(91);
    expect(logger.info).toHaveBeenCalledWith(
      'Alignment results can be read again',
    );

    // A new outage after recovery is worth one new warning.
    listEntities.mockImplementation(unreachable);
    await cache.refresh();
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });

  it('stays empty when the backend is down from the start', async () => {
    const { cache, listEntities, logger } = setup();
    listEntities.mockImplementation(unreachable);
    await expect(cache.refresh()).resolves.toBeUndefined();
    expect(cache.get('component:default/billing')).toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('entities keep no alignment labels'),
    );
  });

  it('keeps the previous set whole when a later page fails', async () => {
    const { cache, listEntities } = setup();
    listEntities.mockResolvedValueOnce({
      items: [row('component:default/billing')],
      totalItems: 1,
    });
    await cache.refresh();

    listEntities
      .mockResolvedValueOnce({
        items: [row('component:default/search')],
        totalItems: 2,
        nextCursor: 'c1',
      })
      .mockRejectedValueOnce(new Error('timeout'));
    await cache.refresh();

    expect(cache.get('component:default/billing')).toBeDefined();
    expect(cache.get('component:default/search')).toBeUndefined();
  });

  it('gives up on a backend that repeats a cursor', async () => {
    const { cache, listEntities, logger } = setup();
    listEntities.mockResolvedValue({
      items: [row('component:default/billing')],
      totalItems: 1,
      nextCursor: 'same',
    });
    await cache.refresh();
    expect(listEntities).toHaveBeenCalledTimes(2);
    expect(cache.generation).toBe(0);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('returned cursor same twice'),
    );
  });

  it('stops quietly when the scheduler aborts the refresh', async () => {
    const { cache, listEntities, logger } = setup();
    const controller = new AbortController();
    listEntities.mockImplementation(async () => {
      controller.abort();
      return { items: [], totalItems: 3, nextCursor: 'c1' };
    });
    await cache.refresh(controller.signal);
    expect(listEntities).toHaveBeenCalledTimes(1);
    expect(cache.generation).toBe(0);
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
