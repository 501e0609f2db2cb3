/**
 * The demo pipeline against a real backend: the catalog with Meridian's
 * examples, the permission backend with the demo policy, the alignment
 * backend, and Backstage's real token handling, configured with the
 * `backend.auth` and `lodestarDemo` sections of the demo's app-config.yaml.
 * The demo token pushes every fact and measure value, and may do nothing
 * else in Lodestar.
 */
import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { httpRouterServiceFactory } from '@backstage/backend-defaults/httpRouter';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import permissionPlugin from '@backstage/plugin-permission-backend';
import alignmentPlugin from '@lodestar/backstage-plugin-alignment-backend';
import alignmentCatalogModule from '@lodestar/backstage-plugin-catalog-backend-module-alignment';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { demoPermissionPolicyModule } from '../permissionPolicy';
import { entitiesOf } from './__testUtils__/exampleEntities';
import { demoOutcomeData } from './demoOutcomeData';
import { AlignmentOutcomesApi } from './outcomesApi';
import { seedDemoOutcomes } from './seedDemoOutcomes';

jest.setTimeout(180_000);

const demoConfig = parse(
  readFileSync(path.resolve(__dirname, '../../../../app-config.yaml'), 'utf8'),
);
const DEMO_TOKEN: string = demoConfig.lodestarDemo.outcomes.token;
// The test's own caller, to start a run and read the results.
const ADMIN_TOKEN = 'test-only-unrestricted-token-0123456789abcdef';

const MERIDIAN_FILES = [
  'org.yaml',
  'domains.yaml',
  'systems.yaml',
  'components.yaml',
  'apis.yaml',
  'resources.yaml',
  'strategy.yaml',
];
const meridian = MERIDIAN_FILES.flatMap(entitiesOf);

const meridianProvider = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'demo-pipeline-meridian',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        const location = 'url:https://example.com/meridian';
        catalog.addEntityProvider({
          getProviderName: () => 'demo-pipeline-meridian',
          connect: async connection =>
            connection.applyMutation({
              type: 'full',
              entities: meridian.map(entity => ({
                locationKey: 'demo-pipeline-meridian',
                entity: {
                  ...entity,
                  metadata: {
                    ...entity.metadata,
                    annotations: {
                      ...entity.metadata.annotations,
                      'backstage.io/managed-by-location': location,
                      'backstage.io/managed-by-origin-location': location,
                    },
                  },
                },
              })),
            }),
        });
      },
    });
  },
});

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>) {
  for (let i = 0; i < 300; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe('the demo pipeline with the demo config', () => {
  let baseUrl: string;
  const call = (token: string, method: string, route: string, body?: any) =>
    fetch(`${baseUrl}${route}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        alignmentCatalogModule,
        meridianProvider,
        permissionPlugin,
        demoPermissionPolicyModule,
        alignmentPlugin,
        authServiceFactory,
        httpAuthServiceFactory,
        httpRouterServiceFactory,
        permissionsServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            backend: {
              auth: {
                externalAccess: [
                  ...demoConfig.backend.auth.externalAccess,
                  {
                    type: 'static',
                    options: { token: ADMIN_TOKEN, subject: 'test-admin' },
                  },
                ],
              },
            },
            permission: { enabled: true },
            lodestarDemo: demoConfig.lodestarDemo,
            lodestar: {
              schedule: {
                frequency: { cron: '0 0 1 1 *' },
                timeout: { minutes: 5 },
              },
            },
          },
        }),
      ],
    });
    baseUrl = `http://localhost:${backend.server.port()}`;
    await waitFor('the catalog to hold the examples', async () => {
      const res = await call(
        ADMIN_TOKEN,
        'GET',
        '/api/catalog/entities/by-query?limit=1',
      );
      const body = res.ok ? await res.json() : undefined;
      return body?.totalItems >= meridian.length ? true : undefined;
    });
  });

  it('waits for the first run, then pushes every fact and measure value', async () => {
    const logger = mockServices.logger.mock();
    const seeding = seedDemoOutcomes({
      api: new AlignmentOutcomesApi({ baseUrl, token: DEMO_TOKEN }),
      readEntities: async () => meridian,
      logger,
      pollIntervalMs: 200,
      timeoutMs: 120_000,
    });
    // The pipeline is waiting: no run has happened yet.
    await new Promise(resolve => setTimeout(resolve, 500));
    const started = await call(
      ADMIN_TOKEN,
      'POST',
      '/api/alignment/evaluations',
      {},
    );
    expect(started.status).toBe(202);

    await expect(seeding).resolves.toBe('pushed');
    expect(logger.warn).not.toHaveBeenCalled();
    const data = demoOutcomeData(meridian, new Date());
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining(`${data.facts.length * 4} values new`),
    );

    const facts = await call(
      ADMIN_TOKEN,
      'GET',
      `/api/alignment/entities/component/default/netsuite-connector/facts`,
    );
    expect(facts.status).toBe(200);
    const deploys = (await facts.json()).facts.find(
      (f: any) => f.key === 'deploymentFrequencyPerWeek',
    );
    expect(deploys).toMatchObject({ source: 'lodestar-demo-seed' });
    expect(deploys.trend).toHaveLength(90);

    const progress = await call(
      ADMIN_TOKEN,
      'GET',
      '/api/alignment/objectives/default/win-us-midmarket/progress',
    );
    const arr = (await progress.json()).measures.find(
      (m: any) => m.id === 'midmarket-arr',
    );
    expect(['off-track', 'at-risk']).toContain(arr.status);
  });

  it('counts a second push of the same day as duplicates', async () => {
    const logger = mockServices.logger.mock();
    await expect(
      seedDemoOutcomes({
        api: new AlignmentOutcomesApi({ baseUrl, token: DEMO_TOKEN }),
        readEntities: async () => meridian,
        logger,
        pollIntervalMs: 200,
        timeoutMs: 60_000,
      }),
    ).resolves.toBe('pushed');
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(/\(0 values new, \d+ already stored\).*\(0 new/),
    );
  });

  it('may do nothing else: no runs, no waivers, no other plugin but the catalog', async () => {
    const run = await call(
      DEMO_TOKEN,
      'POST',
      '/api/alignment/evaluations',
      {},
    );
    expect(run.status).toBe(403);
    const waiver = await call(DEMO_TOKEN, 'POST', '/api/alignment/waivers', {
      entityRef: 'component:default/netsuite-connector',
      checkId: 'ownership.owner-exists',
      reason: 'test',
      expiresAt: '2030-01-01T00:00:00Z',
    });
    expect(waiver.status).toBe(403);
    const permission = await call(
      DEMO_TOKEN,
      'POST',
      '/api/permission/authorize',
      {
        items: [],
      },
    );
    expect(permission.status).toBe(403);
  });
});
