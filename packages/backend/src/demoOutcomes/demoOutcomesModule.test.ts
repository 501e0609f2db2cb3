import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { demoCatalogEntities } from './__testUtils__/exampleEntities';
import {
  acceptedAnswer,
  ROUTES,
  runAnswer,
  StandInBackend,
  startStandInBackend,
} from './__testUtils__/standInBackend';
import { demoOutcomesFeature } from './demoOutcomesModule';

const TOKEN = 'test-token-of-the-demo-pipeline-0123456789';

// The module belongs to the alignment plugin, which is served elsewhere
// here (by the stand-in); this one only hosts the module.
const alignmentHost = createBackendPlugin({
  pluginId: 'alignment',
  register(env) {
    env.registerInit({ deps: {}, async init() {} });
  },
});

async function waitUntil(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) {
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

describe('demoOutcomesFeature', () => {
  let alignment: StandInBackend;
  beforeEach(async () => {
    alignment = await startStandInBackend(request => {
      if (request.path === ROUTES.latest) return runAnswer('succeeded', 40);
      return acceptedAnswer(request.body, 1);
    });
  });
  afterEach(() => alignment.close());

  function startWith(outcomes: { seed: boolean; token?: string }) {
    const logger = mockServices.logger.mock();
    const backend = startTestBackend({
      features: [
        alignmentHost,
        demoOutcomesFeature,
        catalogServiceMock.factory({ entities: demoCatalogEntities() }),
        logger.factory,
        mockServices.rootConfig.factory({
          data: {
            backend: { baseUrl: alignment.baseUrl },
            lodestarDemo: { outcomes },
          },
        }),
      ],
    });
    return { backend, logger };
  }

  it('pushes the demo data with the configured token once the backend has started', async () => {
    const { backend, logger } = startWith({ seed: true, token: TOKEN });
    await backend;
    await waitUntil(() => logger.info.mock.calls.length > 0);

    expect(alignment.count('POST', ROUTES.facts)).toBeGreaterThan(1);
    expect(alignment.count('POST', ROUTES.measures)).toBe(1);
    for (const request of alignment.requests) {
      expect(request.authorization).toBe(`Bearer ${TOKEN}`);
    }
    // Read from the catalog: Meridian's components, not the third-party ones.
    const pushedFor = new Set(
      alignment.requests
        .filter(r => r.path === ROUTES.facts)
        .flatMap(r => r.body.items.map((i: any) => i.entityRef)),
    );
    expect(pushedFor).toContain('component:default/netsuite-connector');
    expect(pushedFor).not.toContain('component:default/artist-lookup');
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('Demo outcome data pushed'),
    );
  });

  it('installs nothing when seeding is off', async () => {
    const { backend, logger } = startWith({ seed: false, token: TOKEN });
    await backend;
    await new Promise(resolve => setTimeout(resolve, 300));

    expect(alignment.requests).toEqual([]);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('says so, and pushes nothing, when no token is configured', async () => {
    const { backend, logger } = startWith({ seed: true });
    await backend;

    expect(logger.warn).toHaveBeenCalledWith(
      'Demo outcome data not pushed: lodestarDemo.outcomes.token is not set',
    );
    await new Promise(resolve => setTimeout(resolve, 300));
    expect(alignment.requests).toEqual([]);
  });
});
