import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import type { EntityPage } from '@lodestar/backstage-plugin-alignment-common';
import { row } from '../__testUtils__/rows';
import type { OwnershipEnforcement } from '../config/readModuleConfig';
import { AlignmentEnrichmentCache } from './AlignmentEnrichmentCache';
import { AlignmentEnrichmentProcessor } from './AlignmentEnrichmentProcessor';

const billing: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'billing', labels: { tier: 'gold' } },
  spec: { type: 'service', lifecycle: 'production', owner: 'ghosts' },
};

function setup(enforcement: OwnershipEnforcement, page: EntityPage) {
  const listEntities = jest.fn(async () => page);
  const logger = mockServices.logger.mock();
  const cache = new AlignmentEnrichmentCache({
    alignment: { listEntities },
    logger,
    credentials: async () => mockCredentials.service('plugin:catalog'),
  });
  const processor = new AlignmentEnrichmentProcessor({
    cache,
    enforcement,
    logger,
  });
  const run = (entity: Entity) => processor.preProcessEntity(entity);
  return { cache, listEntities, logger, run };
}

const driftingPage: EntityPage = {
  items: [
    row('component:default/billing', {
      owner: 'group:default/ghosts',
      signals: ['ownership'],
      level: 'drifting',
      score: 40,
    }),
  ],
  totalItems: 1,
};

describe('AlignmentEnrichmentProcessor', () => {
  it('adds nothing before the first successful load', async () => {
    const { run } = setup('warn', driftingPage);
    await expect(run(billing)).resolves.toBe(billing);
  });

  it('adds nothing to an entity the backend has not evaluated', async () => {
    const { cache, run } = setup('warn', driftingPage);
    await cache.refresh();
    const other = { ...billing, metadata: { name: 'search' } };
    await expect(run(other)).resolves.toBe(other);
  });

  it('labels an evaluated entity from the cache', async () => {
    const { cache, run } = setup('off', driftingPage);
    await cache.refresh();
    const enriched = await run(billing);
    expect(enriched.metadata.labels).toEqual({
      tier: 'gold',
      'lodestar.dev/level': 'drifting',
      'lodestar.dev/score': '40',
    });
    expect(enriched.metadata.annotations).toMatchObject({
      'lodestar.dev/owner-source': 'declared',
      'lodestar.dev/objectives-source': 'none',
    });
  });

  it('under off, neither warns on the entity nor logs', async () => {
    const { cache, logger, run } = setup('off', driftingPage);
    await cache.refresh();
    expect((await run(billing)).metadata.annotations).not.toHaveProperty([
      'lodestar.dev/ownership-warning',
    ]);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('under warn, adds the warning and logs it once per entity per refresh', async () => {
    const { cache, logger, run } = setup('warn', driftingPage);
    await cache.refresh();

    const enriched = await run(billing);
    await run(billing);
    await run(billing);

    expect(
      enriched.metadata.annotations?.['lodestar.dev/ownership-warning'],
    ).toMatch(/^Lodestar: ownership checks fail/);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^component:default\/billing: Lodestar: ownership checks fail \(owner group:default\/ghosts\)/,
      ),
      { entity: 'component:default/billing' },
    );

    await cache.refresh();
    await run(billing);
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });

  it('keeps labelling with the last values while the backend is down', async () => {
    const { cache, listEntities, logger, run } = setup('warn', driftingPage);
    await cache.refresh();
    listEntities.mockRejectedValue(new Error('ECONNREFUSED'));
    await cache.refresh();
    await cache.refresh();

    const enriched = await run(billing);
    expect(enriched.metadata.labels?.['lodestar.dev/score']).toBe('40');
    // One warning for the entity, one for the outage; not one per attempt.
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });
});
