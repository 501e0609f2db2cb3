import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogProcessorCache } from '@backstage/plugin-catalog-node';
import type { EventParams } from '@backstage/plugin-events-node';
import {
  CATALOG_ENTITY_CHANGED_TOPIC,
  entityContentHash,
} from '@lodestar/backstage-plugin-alignment-node';
import { CatalogChangePublisher } from './CatalogChangePublisher';

const location = {
  type: 'url',
  target: 'https://example.com/catalog-info.yaml',
};
const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout', namespace: 'default' },
  spec: { type: 'service', owner: 'payments', lifecycle: 'production' },
};

/** The catalog's processor cache: what one processing sets, the next gets. */
function processings() {
  let stored: Record<string, unknown> = {};
  return () => {
    const previous = stored;
    const next: Record<string, unknown> = {};
    stored = next;
    return {
      get: async (key: string) => previous[key],
      set: async (key: string, value: unknown) => {
        next[key] = value;
      },
    } as CatalogProcessorCache;
  };
}

function setup(publish?: (params: EventParams) => Promise<void>) {
  const published: EventParams[] = [];
  const logger = mockServices.logger.mock();
  const publisher = new CatalogChangePublisher({
    events: {
      publish:
        publish ??
        (async params => {
          published.push(params);
        }),
      subscribe: async () => {},
    },
    logger,
  });
  const nextProcessing = processings();
  const process = (e: Entity) =>
    publisher.postProcessEntity(e, location, () => {}, nextProcessing());
  return { published, process, logger };
}

describe('CatalogChangePublisher', () => {
  it('announces a new entity, not an unchanged one, and a change again', async () => {
    const { published, process } = setup();
    await expect(process(entity)).resolves.toBe(entity);
    await process(entity);
    await process(entity);
    const changed = { ...entity, spec: { ...entity.spec, owner: 'platform' } };
    await process(changed);

    expect(published).toEqual([
      {
        topic: CATALOG_ENTITY_CHANGED_TOPIC,
        eventPayload: {
          entityRef: 'component:default/checkout',
          kind: 'Component',
          contentHash: entityContentHash(entity),
        },
      },
      {
        topic: CATALOG_ENTITY_CHANGED_TOPIC,
        eventPayload: {
          entityRef: 'component:default/checkout',
          kind: 'Component',
          contentHash: entityContentHash(changed),
        },
      },
    ]);
  });

  it('does not announce a change of the labels Lodestar itself writes', async () => {
    const { published, process } = setup();
    await process(entity);
    await process({
      ...entity,
      metadata: {
        ...entity.metadata,
        labels: { 'lodestar.dev/level': 'aligned' },
      },
    });
    expect(published).toHaveLength(1);
  });

  it('never fails processing when the announcement cannot be sent', async () => {
    const { process, logger } = setup(async () => {
      throw new Error('events bus down');
    });
    await expect(process(entity)).resolves.toBe(entity);
    await new Promise(resolve => setImmediate(resolve));
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('component:default/checkout'),
    );
  });
});
