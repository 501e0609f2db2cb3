import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createBackendModule,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { alignmentFactsExtensionPoint } from '@lodestar/backstage-plugin-alignment-node';
import request from 'supertest';
import { alignmentPlugin } from '../plugin';
import { loadMeridian } from '../__testUtils__/loadExamples';

jest.setTimeout(60_000);

const user = mockCredentials.user.header();
const PO = 'component:default/purchase-order-service';

/** What the fake CI server reports, and what the provider was given. */
const ciServer = {
  refsSeen: [] as string[],
  builds: [
    { service: 'purchase-order-service', deploysLastWeek: 6 },
    { service: 'not-in-the-catalog', deploysLastWeek: 2 },
  ],
};
let scheduler: SchedulerService | undefined;

/** A module that pulls deployment counts from a CI server, as an adopter would write one. */
const ciFactsModule = createBackendModule({
  pluginId: 'alignment',
  moduleId: 'ci-server-facts',
  register(reg) {
    reg.registerInit({
      deps: {
        facts: alignmentFactsExtensionPoint,
        scheduler: coreServices.scheduler,
      },
      async init({ facts, scheduler: pluginScheduler }) {
        scheduler = pluginScheduler;
        facts.addFactProvider({
          id: 'ci-server',
          schedule: {
            frequency: { minutes: 30 },
            timeout: { minutes: 5 },
            initialDelay: { hours: 1 },
          },
          async collect({ entityRefs }) {
            ciServer.refsSeen = await entityRefs();
            return [
              ...ciServer.builds.map(build => ({
                entityRef: `component:default/${build.service}`,
                facts: { deploymentFrequencyPerWeek: build.deploysLastWeek },
              })),
              // A record the CI server got wrong: skipped, not fatal.
              {
                entityRef: PO,
                source: 'ci-server',
                facts: { deploymentFrequencyPerWeek: 'six' },
              },
            ];
          },
        });
      },
    });
  },
});

describe('fact providers', () => {
  it('pull facts on their schedule, keep the good ones and re-evaluate', async () => {
    const { server } = await startTestBackend({
      features: [
        alignmentPlugin,
        ciFactsModule,
        catalogServiceMock.factory({ entities: loadMeridian() }),
        mockServices.scheduler.factory(),
      ],
    });
    // The first evaluation runs on start (it has an initial delay, the
    // provider too, so trigger both as the scheduler would).
    await scheduler!.triggerTask('lodestar-evaluation');
    await scheduler!.triggerTask('lodestar-facts-ci-server');

    expect(ciServer.refsSeen).toContain(PO);
    const facts = await request(server)
      .get(
        '/api/alignment/entities/component/default/purchase-order-service/facts',
      )
      .set('Authorization', user);
    expect(facts.status).toBe(200);
    expect(facts.body.facts).toEqual([
      expect.objectContaining({
        key: 'deploymentFrequencyPerWeek',
        value: 6,
        source: 'ci-server',
        band: 'high',
      }),
    ]);

    // The entity is re-evaluated with the fact within seconds.
    let status: string | undefined;
    for (let i = 0; i < 50 && status !== 'pass'; i++) {
      const res = await request(server)
        .get(
          '/api/alignment/scorecards/component/default/purchase-order-service',
        )
        .set('Authorization', user);
      status = res.body.pillars
        .flatMap((p: any) => p.checks)
        .find(
          (c: any) =>
            c.id === 'principle:default/midmarket-services-deploy-weekly',
        )?.status;
      if (status !== 'pass') await new Promise(r => setTimeout(r, 100));
    }
    expect(status).toBe('pass');
  });

  it('refuses two providers with one id', async () => {
    const twice = createBackendModule({
      pluginId: 'alignment',
      moduleId: 'twice',
      register(reg) {
        reg.registerInit({
          deps: { facts: alignmentFactsExtensionPoint },
          async init({ facts }) {
            const provider = { id: 'same', collect: async () => [] };
            facts.addFactProvider(provider);
            facts.addFactProvider(provider);
          },
        });
      },
    });
    await expect(
      startTestBackend({
        features: [
          alignmentPlugin,
          twice,
          catalogServiceMock.factory({ entities: [] }),
          mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
        ],
      }),
    ).rejects.toThrow(/fact provider with id same is already added/);
  });
});
