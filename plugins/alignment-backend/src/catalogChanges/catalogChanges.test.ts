import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DefaultEventsService,
  eventsServiceRef,
} from '@backstage/plugin-events-node';
import {
  CATALOG_ENTITY_CHANGED_TOPIC,
  entityContentHash,
} from '@lodestar/backstage-plugin-alignment-node';
import request from 'supertest';
import { alignmentPlugin } from '../plugin';
import { loadMeridian } from '../__testUtils__/loadExamples';

jest.setTimeout(60_000);

const user = mockCredentials.user.header();

async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error('Timed out');
}

function find(entities: Entity[], kind: string, name: string): Entity {
  return entities.find(e => e.kind === kind && e.metadata.name === name)!;
}

/**
 * The alignment backend with the real in-process events service, over a
 * catalog whose entities a test edits in place, as if the catalog had
 * processed a change, before announcing it as the catalog module would.
 */
async function start() {
  const entities = loadMeridian();
  const events = DefaultEventsService.create({
    logger: mockServices.logger.mock(),
    useEventBus: 'never',
  });
  const { server } = await startTestBackend({
    features: [
      alignmentPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.scheduler.factory({
        includeInitialDelayedTasksOnStartup: true,
      }),
      createServiceFactory({
        service: eventsServiceRef,
        deps: {},
        factory: () => events,
      }),
    ],
  });
  const latestRun = () =>
    request(server)
      .get('/api/alignment/evaluations/latest')
      .set('Authorization', user)
      .then(res => res.body);
  const firstRun = await eventually(
    latestRun,
    run => run.status === 'succeeded',
  );
  const scorecard = (ref: string) =>
    request(server)
      .get(`/api/alignment/scorecards/${ref.replace(/[:]/, '/')}`)
      .set('Authorization', user)
      .then(res => res.body);
  const announce = (entity: Entity) =>
    events.publish({
      topic: CATALOG_ENTITY_CHANGED_TOPIC,
      eventPayload: {
        entityRef: `${entity.kind.toLocaleLowerCase('en-US')}:default/${
          entity.metadata.name
        }`,
        kind: entity.kind,
        contentHash: entityContentHash(entity),
      },
    });
  const overview = () =>
    request(server)
      .get('/api/alignment/overview')
      .set('Authorization', user)
      .then(res => res.body);
  return { entities, firstRun, latestRun, scorecard, announce, overview };
}

const checkStatus = (scorecard: any, id: string) =>
  scorecard.pillars?.flatMap((p: any) => p.checks).find((c: any) => c.id === id)
    ?.status;

describe('re-evaluation on catalog change', () => {
  it('re-evaluates a changed entity without a full run', async () => {
    const { entities, firstRun, latestRun, scorecard, announce } =
      await start();
    const ref = 'component:default/purchase-order-service';
    expect(checkStatus(await scorecard(ref), 'intent.active-objectives')).toBe(
      'pass',
    );

    // The service moves onto the retired objective.
    const service = find(entities, 'Component', 'purchase-order-service');
    service.metadata.annotations!['lodestar.dev/objectives'] =
      'grow-supplier-network';
    await announce(service);

    const changed = await eventually(
      () => scorecard(ref),
      s => checkStatus(s, 'intent.active-objectives') === 'fail',
    );
    expect(changed.evaluatedAt > firstRun.startedAt).toBe(true);
    expect((await latestRun()).id).toBe(firstRun.id);
  });

  it('waits until the catalog serves the announced content', async () => {
    const { entities, scorecard, announce } = await start();
    const ref = 'component:default/purchase-order-service';
    const service = find(entities, 'Component', 'purchase-order-service');
    const before = (await scorecard(ref)).evaluatedAt;

    // Announced as processed, but the catalog still serves the old entity.
    const processed = {
      ...service,
      spec: { ...service.spec, owner: 'nobody' },
    };
    await announce(processed);
    await new Promise(resolve => setTimeout(resolve, 1500));
    expect((await scorecard(ref)).evaluatedAt).toBe(before);

    (service.spec as any).owner = 'nobody';
    const changed = await eventually(
      () => scorecard(ref),
      s => checkStatus(s, 'ownership.resolves') === 'fail',
    );
    expect(changed.evaluatedAt > before).toBe(true);
  });

  it('re-evaluates the supporters of a changed objective against the new context', async () => {
    const { entities, scorecard, announce } = await start();
    const ref = 'component:default/purchase-order-service';
    expect(checkStatus(await scorecard(ref), 'intent.active-objectives')).toBe(
      'pass',
    );

    const objective = find(entities, 'Objective', 'win-us-midmarket');
    (objective.spec as any).status = 'retired';
    await announce(objective);

    await eventually(
      () => scorecard(ref),
      s => checkStatus(s, 'intent.active-objectives') === 'fail',
    );
  });

  it('starts a whole-catalog run when a principle changes', async () => {
    const { entities, firstRun, latestRun, announce } = await start();
    const principle = entities.find(e => e.kind === 'Principle')!;
    principle.metadata.description = 'Reworded';
    await announce(principle);

    const next = await eventually(
      latestRun,
      run => run.id !== firstRun.id && run.status === 'succeeded',
    );
    expect(next.trigger).toBe('change');
  });

  it('keeps the overview, its trend and pass rates true to the re-evaluated results', async () => {
    const { entities, scorecard, announce, overview } = await start();
    const ref = 'component:default/purchase-order-service';
    const principle = 'principle:default/services-expose-apis';
    const passRate = (o: any) =>
      o.principles.find((p: any) => p.id === principle);
    const before = await overview();

    // The service stops providing APIs and moves onto the retired objective.
    const service = find(entities, 'Component', 'purchase-order-service');
    delete (service.spec as any).providesApis;
    service.metadata.annotations!['lodestar.dev/objectives'] =
      'grow-supplier-network';
    await announce(service);
    await eventually(
      () => scorecard(ref),
      s => checkStatus(s, principle) === 'fail',
    );
    const after = await eventually(
      overview,
      o => o.levels !== undefined && passRate(o).fail !== passRate(before).fail,
    );

    expect(passRate(after)).toMatchObject({
      pass: passRate(before).pass - 1,
      fail: passRate(before).fail + 1,
    });
    const today = after.trend.points[after.trend.points.length - 1];
    expect(today).toMatchObject({
      aligned: after.levels.aligned,
      atRisk: after.levels.atRisk,
      drifting: after.levels.drifting,
    });
    expect(after.levels).not.toEqual(before.levels);
    expect(after.entities).toBe(before.entities);
  });
});
