import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { alignmentPlugin } from './plugin';
import { loadMeridian } from './__testUtils__/loadExamples';

jest.setTimeout(60_000);

const entities = loadMeridian();
const user = mockCredentials.user.header();

async function waitForRun(server: any) {
  for (let i = 0; i < 100; i++) {
    const res = await request(server)
      .get('/api/alignment/evaluations/latest')
      .set('Authorization', user);
    if (res.status === 200 && res.body.status !== 'running') return res.body;
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error('The evaluation did not finish');
}

/**
 * A policy that decides Lodestar's writes by a switch a test flips, and
 * allows everything else (reading the catalog included).
 */
function switchablePermissions() {
  const state = { allowWrites: true };
  const decide = (requests: any[]) =>
    requests.map(r => ({
      result:
        r.permission.name.startsWith('lodestar.') && !state.allowWrites
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    }));
  return {
    state,
    feature: createServiceFactory({
      service: coreServices.permissions,
      deps: {},
      factory: () =>
        ({
          authorize: async (requests: any[]) => decide(requests),
          authorizeConditional: async (requests: any[]) => decide(requests),
        } as any),
    }),
  };
}

async function start(
  options: { extraEntities?: any[]; features?: any[] } = {},
) {
  const { server } = await startTestBackend({
    features: [
      alignmentPlugin,
      catalogServiceMock.factory({
        entities: [...entities, ...(options.extraEntities ?? [])],
      }),
      mockServices.scheduler.factory({
        includeInitialDelayedTasksOnStartup: true,
      }),
      ...(options.features ?? []),
    ],
  });
  const run = await waitForRun(server);
  return { server, run };
}

describe('alignment backend', () => {
  let server: any;

  beforeAll(async () => {
    ({ server } = await start());
  });

  it('evaluates the catalog on start and records the run', async () => {
    const res = await request(server)
      .get('/api/alignment/evaluations/latest')
      .set('Authorization', user);
    expect(res.body).toMatchObject({
      status: 'succeeded',
      trigger: 'schedule',
    });
    expect(res.body.evaluated).toBeGreaterThanOrEqual(50);
  });

  it('serves a scorecard with pillars, objectives and signals', async () => {
    const res = await request(server)
      .get(
        '/api/alignment/scorecards/component/default/supplier-directory-service',
      )
      .set('Authorization', user);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: 'component:default/supplier-directory-service',
      level: 'at-risk',
      needsRevalidation: false,
      objectives: [
        { ref: 'objective:default/grow-supplier-network', status: 'retired' },
      ],
      signals: [{ type: 'strategic' }],
    });
    expect(res.body.pillars.map((p: any) => p.id)).toEqual([
      'ownership',
      'intent',
      'principles',
    ]);
    expect(typeof res.body.evaluatedAt).toBe('string');
  });

  it('answers 404 with a reason for unknown and unevaluated entities', async () => {
    const unknown = await request(server)
      .get('/api/alignment/scorecards/component/default/no-such-thing')
      .set('Authorization', user);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(
      /No entity component:default\/no-such-thing/,
    );
    const group = await request(server)
      .get('/api/alignment/scorecards/group/default/payments')
      .set('Authorization', user);
    expect(group.status).toBe(404);
    expect(group.body.error.message).toMatch(/has not been evaluated yet/);
  });

  it('rejects a malformed entity reference and bad query values with 400', async () => {
    for (const path of [
      '/api/alignment/entities?limit=-1',
      '/api/alignment/entities?sort=nonsense',
      '/api/alignment/entities?cursor=%%%',
      '/api/alignment/entities?level=great',
      '/api/alignment/overview?owner=%3A%3A',
      '/api/alignment/overview?unknown=1',
      '/api/alignment/scorecards/component/default/x/history?from=yesterday',
    ]) {
      const res = await request(server).get(path).set('Authorization', user);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body.error.message).toMatch(/^Invalid |cursor/);
    }
  });

  it('lists entities with filters, sort and a cursor', async () => {
    const first = await request(server)
      .get('/api/alignment/entities?sort=score&order=asc&limit=5')
      .set('Authorization', user);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(5);
    expect(first.body.items[0].score).toBeLessThanOrEqual(
      first.body.items[4].score,
    );
    expect(first.body.items[0]).toHaveProperty('delta30d');
    const second = await request(server)
      .get(
        `/api/alignment/entities?sort=score&order=asc&limit=5&cursor=${first.body.nextCursor}`,
      )
      .set('Authorization', user);
    expect(second.body.items[0].score).toBeGreaterThanOrEqual(
      first.body.items[4].score,
    );
    const drifting = await request(server)
      .get(
        '/api/alignment/entities?level=drifting&signal=strategic&kind=component',
      )
      .set('Authorization', user);
    expect(drifting.body.items.length).toBeGreaterThan(0);
    expect(
      drifting.body.items.every(
        (r: any) => r.level === 'drifting' && r.kind === 'component',
      ),
    ).toBe(true);
  });

  it('exports the same rows as CSV, with formula cells neutralised', async () => {
    const res = await request(server)
      .get('/api/alignment/entities.csv?owner=group:default/payments')
      .set('Authorization', user);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      '"entityRef","title","kind","owner","system","domain","lifecycle","score","level","delta30d","signals","needsRevalidation","failingChecks","noDataChecks","evaluatedAt"',
    );
    expect(lines.length).toBeGreaterThan(2);
    expect(
      lines.slice(1).every(l => l.includes('"group:default/payments"')),
    ).toBe(true);
    // Scores and check counts stay numbers: bare digits.
    const cells = lines[1].split(',');
    expect(cells[7]).toMatch(/^\d+$/);
    expect(cells[12]).toMatch(/^\d+$/);
    // Services serving the US mid-market have no deployment facts in the
    // test catalog: the check that reads them is counted apart.
    expect(lines.slice(1).some(l => Number(l.split(',')[13]) > 0)).toBe(true);
  });

  it('frees a caller’s export slot when an export ends', async () => {
    // Two at a time per caller: exports one after another never hit the cap.
    for (let i = 0; i < 3; i++) {
      const res = await request(server)
        .get('/api/alignment/entities.csv?owner=group:default/payments')
        .set('Authorization', user);
      expect(res.status).toBe(200);
    }
  });

  it('serves the org overview with pass rates, heatmap and trend', async () => {
    const res = await request(server)
      .get('/api/alignment/overview')
      .set('Authorization', user);
    expect(res.status).toBe(200);
    expect(res.body.entities).toBeGreaterThanOrEqual(50);
    expect(
      res.body.levels.aligned +
        res.body.levels.atRisk +
        res.body.levels.drifting,
    ).toBe(res.body.entities);
    expect(res.body.validOwnerPercent).toBeGreaterThan(50);
    expect(
      res.body.principles.find(
        (p: any) => p.id === 'principle:default/services-expose-apis',
      ),
    ).toMatchObject({
      fail: expect.any(Number),
      passRate: expect.any(Number),
    });
    expect(res.body.heatmap.owners).toContain('group:default/payments');
    expect(res.body.trend.points).toHaveLength(1);
    expect(res.body.revisions.map((r: any) => r.date)).toEqual([
      '2024-01-15',
      '2025-04-07',
      '2026-03-02',
    ]);
    const filtered = await request(server)
      .get('/api/alignment/overview?owner=supplier-network')
      .set('Authorization', user);
    expect(filtered.body.filter).toEqual({
      owner: 'group:default/supplier-network',
    });
    expect(filtered.body.entities).toBeLessThan(res.body.entities);
  });

  it('serves objective coverage and principle statuses', async () => {
    const objectives = await request(server)
      .get('/api/alignment/objectives')
      .set('Authorization', user);
    const retired = objectives.body.objectives.find(
      (o: any) => o.entityRef === 'objective:default/grow-supplier-network',
    );
    expect(retired).toMatchObject({
      status: 'retired',
      successor: 'objective:default/win-us-midmarket',
    });
    expect(retired.supportingCount).toBeGreaterThan(3);
    expect(objectives.body.servingRetired.count).toBe(retired.supportingCount);
    expect(objectives.body.servingNone.entityRefs).toContain(
      'component:default/legacy-pdf-renderer',
    );

    const principles = await request(server)
      .get('/api/alignment/principles')
      .set('Authorization', user);
    const apis = principles.body.items.find(
      (p: any) => p.name === 'services-expose-apis',
    );
    expect(apis).toMatchObject({
      valid: true,
      compiled: true,
      severity: 'high',
    });
    // The run's counts are found by the principle's check id, its full ref.
    expect(apis.pass + apis.fail).toBeGreaterThan(0);
  });

  it('creates, lists and deletes waivers, and re-evaluates one entity with them', async () => {
    const expiresAt = new Date(
      Date.now() + 30 * 24 * 3600 * 1000,
    ).toISOString();
    const created = await request(server)
      .post('/api/alignment/waivers')
      .set('Authorization', user)
      .send({
        entityRef: 'component:default/trial-provisioner',
        checkId: 'ownership.on-call',
        reason: 'Rota starts next month',
        expiresAt,
      });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      createdBy: 'user:default/mock',
      checkId: 'ownership.on-call',
    });

    const again = await request(server)
      .post('/api/alignment/waivers')
      .set('Authorization', user)
      .send({
        entityRef: 'component:trial-provisioner',
        checkId: 'ownership.on-call',
        reason: 'x',
        expiresAt,
      });
    expect(again.status).toBe(409);

    const reevaluated = await request(server)
      .post('/api/alignment/evaluations')
      .set('Authorization', user)
      .send({ entityRef: 'component:default/trial-provisioner' });
    expect(reevaluated.status).toBe(200);
    const onCall = reevaluated.body.scorecard.pillars[0].checks.find(
      (c: any) => c.id === 'ownership.on-call',
    );
    expect(onCall.status).toBe('waived');

    const listed = await request(server)
      .get(
        '/api/alignment/waivers?entityRef=component:default/trial-provisioner',
      )
      .set('Authorization', user);
    expect(listed.body.items).toHaveLength(1);
    const deleted = await request(server)
      .delete(`/api/alignment/waivers/${created.body.id}`)
      .set('Authorization', user);
    expect(deleted.status).toBe(204);
  });

  it('rejects waivers that expire in the past or too far ahead, and bad bodies', async () => {
    const body = {
      entityRef: 'component:default/trial-provisioner',
      checkId: 'ownership.on-call',
      reason: 'r',
    };
    const past = await request(server)
      .post('/api/alignment/waivers')
      .set('Authorization', user)
      .send({ ...body, expiresAt: '2020-01-01' });
    expect(past.status).toBe(400);
    expect(past.body.error.message).toMatch(/expiresAt must be in the future/);
    const far = await request(server)
      .post('/api/alignment/waivers')
      .set('Authorization', user)
      .send({
        ...body,
        expiresAt: new Date(Date.now() + 400 * 24 * 3600 * 1000).toISOString(),
      });
    expect(far.status).toBe(400);
    expect(far.body.error.message).toMatch(/at most 180 days/);
    const badCheck = await request(server)
      .post('/api/alignment/waivers')
      .set('Authorization', user)
      .send({ ...body, checkId: 'DROP TABLE', expiresAt: '2099-01-01' });
    expect(badCheck.status).toBe(400);
    expect(badCheck.body.error.message).toMatch(/checkId: must be a check id/);
    const huge = await request(server)
      .post('/api/alignment/waivers')
      .set('Authorization', user)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ ...body, reason: 'x'.repeat(10 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toMatch(
      /larger than the limit of 65536 bytes/,
    );
    const broken = await request(server)
      .post('/api/alignment/waivers')
      .set('Authorization', user)
      .set('Content-Type', 'application/json')
      .send('{"entityRef":');
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(/not valid JSON/);
    // Nothing of the above was stored.
    const listed = await request(server)
      .get('/api/alignment/waivers')
      .set('Authorization', user);
    expect(listed.body.items).toEqual([]);
  });

  it('starts a whole-catalog run on demand', async () => {
    const res = await request(server)
      .post('/api/alignment/evaluations')
      .set('Authorization', user)
      .send({});
    expect(res.status).toBe(202);
    const run = await waitForRun(server);
    expect(run).toMatchObject({ status: 'succeeded', trigger: 'manual' });
  });

  it('re-evaluates only entities the caller can see', async () => {
    const res = await request(server)
      .post('/api/alignment/evaluations')
      .set('Authorization', user)
      .send({ entityRef: 'component:default/not-in-the-catalog' });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/or you may not see it/);
  });

  it('grows no history when nothing changed between runs', async () => {
    await request(server)
      .post('/api/alignment/evaluations')
      .set('Authorization', user)
      .send({});
    const run = await waitForRun(server);
    expect(run.historyRows).toBe(0);
  });

  it('refuses every route without credentials', async () => {
    const { server: strict } = await startTestBackend({
      features: [
        alignmentPlugin,
        catalogServiceMock.factory({ entities }),
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    });
    const routes: Array<[string, string]> = [
      ['get', '/api/alignment/scorecards/component/default/billing'],
      ['get', '/api/alignment/scorecards/component/default/billing/history'],
      ['get', '/api/alignment/overview'],
      ['get', '/api/alignment/entities'],
      ['get', '/api/alignment/entities.csv'],
      ['get', '/api/alignment/objectives'],
      ['get', '/api/alignment/principles'],
      ['get', '/api/alignment/strategy'],
      ['get', '/api/alignment/waivers'],
      ['post', '/api/alignment/waivers'],
      ['delete', '/api/alignment/waivers/6f1c2b8e-4a53-4f32-9e8a-6c1f0d7c2a11'],
      ['post', '/api/alignment/evaluations'],
      ['get', '/api/alignment/evaluations/latest'],
      ['post', '/api/alignment/facts'],
      ['post', '/api/alignment/measures'],
      [
        'get',
        '/api/alignment/entities/component/default/purchase-order-service/facts',
      ],
      ['get', '/api/alignment/objectives/default/win-us-midmarket/progress'],
      ['get', '/api/alignment/execution-gap'],
    ];
    for (const [method, path] of routes) {
      const res = await (request(strict) as any)[method](path);
      expect({ method, path, status: res.status }).toEqual({
        method,
        path,
        status: 401,
      });
    }
  });

  it('refuses an expired or forged token with 401, whatever the route', async () => {
    // A signed token whose exp is in the past; Backstage's auth service
    // verifies tokens before the plugin sees a request.
    const payload = Buffer.from(
      JSON.stringify({ sub: 'user:default/ada', exp: 1_600_000_000 }),
    ).toString('base64url');
    const expired = `Bearer eyJhbGciOiJFUzI1NiJ9.${payload}.c2lnbmF0dXJl`;
    for (const header of [expired, mockCredentials.user.invalidHeader()]) {
      for (const path of [
        '/api/alignment/overview',
        '/api/alignment/waivers',
      ]) {
        const res = await request(server)
          .get(path)
          .set('Authorization', header);
        expect(res.status).toBe(401);
        expect(res.body.error.name).toBe('AuthenticationError');
      }
    }
  });

  it('refuses every write without permission', async () => {
    const permissions = switchablePermissions();
    const { server: denied } = await start({ features: [permissions.feature] });
    const created = await request(denied)
      .post('/api/alignment/waivers')
      .set('Authorization', user)
      .send({
        entityRef: 'component:default/trial-provisioner',
        checkId: 'ownership.on-call',
        reason: 'r',
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
    expect(created.status).toBe(201);
    permissions.state.allowWrites = false;
    const writes: Array<[string, string, object]> = [
      [
        'post',
        '/api/alignment/waivers',
        {
          entityRef: 'component:default/trial-provisioner',
          checkId: 'ownership.on-call',
          reason: 'r',
          expiresAt: '2099-01-01',
        },
      ],
      ['delete', `/api/alignment/waivers/${created.body.id}`, {}],
      ['post', '/api/alignment/evaluations', {}],
      [
        'post',
        '/api/alignment/evaluations',
        { entityRef: 'component:default/trial-provisioner' },
      ],
    ];
    for (const [method, path, body] of writes) {
      const res = await (request(denied) as any)
        [method](path)
        .set('Authorization', user)
        .send(body);
      expect({ method, path, status: res.status }).toEqual({
        method,
        path,
        status: 403,
      });
    }
  });
});
