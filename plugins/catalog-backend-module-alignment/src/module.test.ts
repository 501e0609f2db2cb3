import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  CatalogProcessor,
  catalogProcessingExtensionPoint,
} from '@backstage/plugin-catalog-node';
import { alignmentServiceRef } from '@lodestar/backstage-plugin-alignment-node';
import { row } from './__testUtils__/rows';
import { catalogModuleAlignment } from './module';

const billing: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'billing' },
  spec: { type: 'service', lifecycle: 'production', owner: 'ghosts' },
};

type ConfigData = NonNullable<
  Parameters<typeof mockServices.rootConfig.factory>[0]
>['data'];

async function start(config: ConfigData = {}) {
  const processors: CatalogProcessor[] = [];
  const scheduler = mockServices.scheduler.mock();
  const alignment = {
    getScorecard: jest.fn(),
    listEntities: jest.fn(async () => ({
      items: [
        row('component:default/billing', {
          signals: ['ownership' as const],
          score: 40,
        }),
      ],
      totalItems: 1,
    })),
  };
  await startTestBackend({
    extensionPoints: [
      [
        catalogProcessingExtensionPoint,
        {
          addProcessor: (...added) => {
            processors.push(...added.flat());
          },
        },
      ],
    ],
    features: [
      catalogModuleAlignment,
      scheduler.factory,
      mockServices.rootConfig.factory({ data: config }),
      createServiceFactory({
        service: alignmentServiceRef,
        deps: {},
        factory: () => alignment,
      }),
    ],
  });
  const task = scheduler.scheduleTask.mock.calls[0][0];
  const preProcess = (entity: Entity) => {
    const enricher = processors.find(p => p.preProcessEntity)!;
    const location = { type: 'url', target: 'https://example.com/x.yaml' };
    return enricher.preProcessEntity!(
      entity,
      location,
      () => {},
      location,
      {} as any,
    );
  };
  return { processors, task, alignment, preProcess };
}

describe('catalogModuleAlignment', () => {
  it('registers the kinds, enrichment and change processors with the catalog', async () => {
    const { processors } = await start();
    expect(processors.map(p => p.getProcessorName())).toEqual([
      'LodestarKindsProcessor',
      'LodestarAlignmentEnrichmentProcessor',
      'LodestarCatalogChangePublisher',
    ]);
    await expect(
      processors[0].validateEntityKind!({
        apiVersion: 'lodestar.dev/v1alpha1',
        kind: 'Principle',
        metadata: { name: 'broken' },
        spec: { owner: 'platform', severity: 'low', rule: 'true &&' },
      }),
    ).rejects.toThrow('Principle "broken": spec.rule does not compile');
  });

  it('refreshes alignment results locally, every 5 minutes by default', async () => {
    const { task } = await start();
    expect(task).toMatchObject({
      id: 'lodestar-catalog-alignment-refresh',
      scope: 'local',
      frequency: { minutes: 5 },
      initialDelay: { seconds: 30 },
    });
  });

  it('reads the refresh schedule from lodestar.catalog.refresh', async () => {
    const { task } = await start({
      lodestar: {
        catalog: {
          refresh: {
            frequency: { minutes: 1 },
            timeout: { seconds: 50 },
            // Ignored: the cache is per instance, so the task stays local.
            scope: 'global',
          },
        },
      },
    });
    expect(task).toMatchObject({
      scope: 'local',
      frequency: { minutes: 1 },
      timeout: { seconds: 50 },
    });
  });

  it('labels and warns once the scheduled refresh has run', async () => {
    const { task, preProcess } = await start();
    await expect(preProcess(billing)).resolves.toBe(billing);

    await task.fn(new AbortController().signal);
    const enriched = await preProcess(billing);
    expect(enriched.metadata.labels).toEqual({
      'lodestar.dev/level': 'at-risk',
      'lodestar.dev/score': '40',
    });
    expect(enriched.metadata.annotations).toHaveProperty([
      'lodestar.dev/ownership-warning',
    ]);
  });

  it('adds no warning with lodestar.ownership.enforcement off', async () => {
    const { task, preProcess } = await start({
      lodestar: { ownership: { enforcement: 'off' } },
    });
    await task.fn(new AbortController().signal);
    const enriched = await preProcess(billing);
    expect(enriched.metadata.labels?.['lodestar.dev/score']).toBe('40');
    expect(enriched.metadata.annotations).not.toHaveProperty([
      'lodestar.dev/ownership-warning',
    ]);
  });

  it('refuses an unknown enforcement mode at startup', async () => {
    await expect(
      start({ lodestar: { ownership: { enforcement: 'block' } } }),
    ).rejects.toThrow(/lodestar.ownership.enforcement "block"/);
  });
});
