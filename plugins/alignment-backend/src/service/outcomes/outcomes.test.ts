import { mockCredentials } from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { loadMeridian } from '../../__testUtils__/loadExamples';
import {
  type Server,
  startAlignmentBackend,
  until,
} from '../../__testUtils__/restrictedBackend';

jest.setTimeout(60_000);

const user = mockCredentials.user.header();
const service = mockCredentials.service.header();
const PO = 'component:default/purchase-order-service';
const CHECK = 'principle:default/production-deploys-weekly';

/** A principle reading a fact, as an architect would add one. */
const deploysWeekly = {
  apiVersion: 'lodestar.dev/v1alpha1',
  kind: 'Principle',
  metadata: { name: 'production-deploys-weekly', namespace: 'default' },
  spec: {
    owner: 'architecture',
    severity: 'medium',
    appliesTo: { kind: 'Component', lifecycle: 'production' },
    rule: 'facts.deploymentFrequencyPerWeek >= 1',
  },
};

/** Decides Lodestar's writes and catalog reads by switches a test flips. */
const policy = { writes: true, reads: true };
const permissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () => {
    const decide = (requests: any[]) =>
      requests.map(r => {
        const name: string = r.permission.name;
        let allowed = true;
        if (name.startsWith('lodestar.')) allowed = policy.writes;
        if (name === 'catalog.entity.read') allowed = policy.reads;
        return {
          result: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
        };
      });
    return {
      authorize: async (requests: any[]) => decide(requests),
      authorizeConditional: async (requests: any[]) => decide(requests),
    } as any;
  },
});

describe('facts and measures', () => {
  let server: Server;
  const checkOf = async () => {
    const res = await request(server)
      .get(`/api/alignment/scorecards/component/default/purchase-order-service`)
      .set('Authorization', user);
    return res.body.pillars
      ?.flatMap((p: any) => p.checks)
      .find((c: any) => c.id === CHECK);
  };

  beforeAll(async () => {
    // The plain mock catalog; reads are decided by the switches above.
    server = await startAlignmentBackend({
      catalog: catalogServiceMock.factory({
        entities: [...loadMeridian(), deploysWeekly],
      }),
      permissions,
    });
    await until(checkOf, check => Boolean(check));
  });

  afterEach(() => {
    policy.writes = true;
    policy.reads = true;
  });

  it('shows no-data until the fact arrives, then re-evaluates within seconds', async () => {
    expect(await checkOf()).toMatchObject({
      status: 'no-data',
      message: expect.stringContaining('deploymentFrequencyPerWeek'),
    });
    const res = await request(server)
      .post('/api/alignment/facts')
      .set('Authorization', service)
      .send({
        entityRef: PO,
        source: 'github-actions',
        facts: { deploymentFrequencyPerWeek: 0.5, changeFailureRate: 4 },
      });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ accepted: 2, duplicates: 0, reevaluating: 1 });
    expect(
      await until(checkOf, check => check.status !== 'no-data'),
    ).toMatchObject({ status: 'fail' });

    const facts = await request(server)
      .get(
        '/api/alignment/entities/component/default/purchase-order-service/facts',
      )
      .set('Authorization', user);
    expect(facts.status).toBe(200);
    expect(facts.body.readByRules).toEqual(['deploymentFrequencyPerWeek']);
    expect(
      facts.body.facts.map((f: any) => [f.key, f.value, f.band, f.stale]),
    ).toEqual([
      ['changeFailureRate', 4, 'elite', false],
      ['deploymentFrequencyPerWeek', 0.5, 'medium', false],
    ]);
    expect(facts.body.definitions.map((d: any) => d.key)).toContain(
      'timeToRestoreHours',
    );
  });

  it('keeps a repeated push once and takes batches with short refs', async () => {
    const observedAt = '2026-11-20T10:00:00.000Z';
    const push = {
      items: [
        {
          entityRef: 'purchase-order-service',
          observedAt,
          source: 'jenkins',
          facts: { leadTimeForChangesHours: 30 },
        },
      ],
    };
    const first = await request(server)
      .post('/api/alignment/facts')
      .set('Authorization', service)
      .send(push);
    expect(first.body).toMatchObject({ accepted: 1, duplicates: 0 });
    const again = await request(server)
      .post('/api/alignment/facts')
      .set('Authorization', service)
      .send(push);
    expect(again.body).toEqual({ accepted: 0, duplicates: 1, reevaluating: 0 });
  });

  it('rejects bad pushes with 400 naming the problem, storing nothing', async () => {
    const post = (body: object) =>
      request(server)
        .post('/api/alignment/facts')
        .set('Authorization', service)
        .send(body);
    const unknownKey = await post({
      items: [
        { entityRef: PO, source: 'ci', facts: { changeFailureRate: 1 } },
        { entityRef: PO, source: 'ci', facts: { costPerMonth: 12 } },
      ],
    });
    expect(unknownKey.status).toBe(400);
    expect(unknownKey.body.error.message).toMatch(
      /items\.1\.facts\.costPerMonth is not a declared fact key; declared keys are deploymentFrequencyPerWeek/,
    );
    const wrongType = await post({
      entityRef: PO,
      source: 'ci',
      facts: { changeFailureRate: 'low' },
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toContain(
      'facts.changeFailureRate must be a number, got string "low"',
    );
    const noSource = await post({ entityRef: PO, facts: { x: 1 } });
    expect(noSource.body.error.message).toMatch(/^Invalid facts: source: /);
    const future = await post({
      entityRef: PO,
      source: 'ci',
      observedAt: '2999-01-01T00:00:00Z',
      facts: { changeFailureRate: 1 },
    });
    expect(future.body.error.message).toContain(
      'observedAt: must not be in the future',
    );
    const unknownEntity = await post({
      entityRef: 'component:default/nope',
      source: 'ci',
      facts: { changeFailureRate: 1 },
    });
    expect(unknownEntity.status).toBe(400);
    expect(unknownEntity.body.error.message).toContain(
      'Lodestar has no evaluated entity component:default/nope',
    );
    // Nothing of the rejected batch was stored.
    const facts = await request(server)
      .get(
        '/api/alignment/entities/component/default/purchase-order-service/facts',
      )
      .set('Authorization', user);
    expect(
      facts.body.facts.find((f: any) => f.key === 'changeFailureRate').value,
    ).toBe(4);
  });

  it('needs the write permission and read access to the entity', async () => {
    const body = {
      entityRef: PO,
      source: 'ci',
      facts: { changeFailureRate: 3 },
    };
    policy.writes = false;
    const denied = await request(server)
      .post('/api/alignment/facts')
      .set('Authorization', service)
      .send(body);
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toContain('lodestar.facts.write');
    policy.writes = true;
    policy.reads = false;
    const unseen = await request(server)
      .post('/api/alignment/facts')
      .set('Authorization', service)
      .send(body);
    expect(unseen.status).toBe(403);
    expect(unseen.body.error.message).toContain(`You may not read ${PO}`);
    const unseenObjective = await request(server)
      .post('/api/alignment/measures')
      .set('Authorization', service)
      .send({
        objectiveRef: 'win-us-midmarket',
        measureId: 'midmarket-arr',
        value: 9,
        source: 'salesforce',
      });
    expect(unseenObjective.status).toBe(403);
    expect(unseenObjective.body.error.message).toContain(
      'No Objective objective:default/win-us-midmarket in the catalog, or you may not read it',
    );
    policy.reads = true;
  });

  it('takes measure values and serves the objective progress', async () => {
    const post = (body: object) =>
      request(server)
        .post('/api/alignment/measures')
        .set('Authorization', service)
        .send(body);
    const accepted = await post({
      items: [
        {
          objectiveRef: 'win-us-midmarket',
          measureId: 'midmarket-arr',
          value: 5,
          observedAt: '2026-09-01T00:00:00Z',
          source: 'salesforce',
        },
        {
          objectiveRef: 'objective:default/win-us-midmarket',
          measureId: 'midmarket-arr',
          value: 5.6,
          observedAt: '2026-10-01T00:00:00Z',
          source: 'salesforce',
        },
      ],
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ accepted: 2, duplicates: 0 });

    const unknown = await post({
      objectiveRef: 'win-us-midmarket',
      measureId: 'arr',
      value: 1,
      source: 'salesforce',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain(
      'measureId "arr" is not a measure of objective:default/win-us-midmarket; its measures are midmarket-arr',
    );
    const computed = await post({
      objectiveRef: 'reliable-at-scale',
      measureId: 'on-call-coverage',
      value: 1,
      source: 'x',
    });
    expect(computed.status).toBe(400);
    expect(computed.body.error.message).toContain('computed from the catalog');

    const progress = await request(server)
      .get('/api/alignment/objectives/default/win-us-midmarket/progress')
      .set('Authorization', user);
    expect(progress.status).toBe(200);
    const arr = progress.body.measures.find(
      (m: any) => m.id === 'midmarket-arr',
    );
    expect(arr).toMatchObject({
      current: { value: 5.6, source: 'salesforce' },
      target: 12,
    });
    expect(['on-track', 'at-risk', 'off-track', 'stale']).toContain(arr.status);
    expect(progress.body.supporters).toBeGreaterThan(0);
    expect(progress.body.delivery.map((d: any) => d.key)).toEqual([
      'deploymentFrequencyPerWeek',
      'leadTimeForChangesHours',
      'changeFailureRate',
      'timeToRestoreHours',
    ]);

    // The catalog-computed measure has a value from the run.
    const reliable = await request(server)
      .get('/api/alignment/objectives/default/reliable-at-scale/progress')
      .set('Authorization', user);
    const coverage = reliable.body.measures.find(
      (m: any) => m.id === 'on-call-coverage',
    );
    expect(coverage.source).toBe('catalog');
    expect(coverage.current.value).toBeGreaterThan(0);
    expect(coverage.current.value).toBeLessThanOrEqual(100);
  });

  it('measures the strategy trajectory from the catalog on each run', async () => {
    const res = await request(server)
      .get('/api/alignment/pages/strategy/default/meridian-strategy')
      .set('Authorization', user);
    expect(res.status).toBe(200);
    const [first, second] = res.body.trajectory;
    expect(first).toMatchObject({
      direction: expect.stringMatching(
        /^From a two-sided supplier marketplace/,
      ),
      progress: {
        id: 'marketplace-systems',
        source: 'catalog',
        target: 0,
        // Meridian still has two systems in the marketplace domain.
        current: { value: 2, source: 'lodestar-catalog' },
      },
    });
    expect(second.progress).toBeUndefined();
  });

  it('serves the execution gap of the active objectives', async () => {
    const res = await request(server)
      .get('/api/alignment/execution-gap')
      .set('Authorization', user);
    expect(res.status).toBe(200);
    const us = res.body.objectives.find(
      (o: any) => o.objectiveRef === 'objective:default/win-us-midmarket',
    );
    expect(us).toMatchObject({
      supporters: expect.any(Number),
      meanScore: expect.any(Number),
      measures: expect.objectContaining({ 'not-measured': expect.any(Number) }),
    });
    expect(
      res.body.objectives.every((o: any) => typeof o.quadrant === 'string'),
    ).toBe(true);
  });
});
