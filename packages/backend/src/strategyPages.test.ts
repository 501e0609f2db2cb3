/**
 * The pages of the strategy kinds and of teams, and the principle preview,
 * on the real catalog, permission backend (with the demo policy) and
 * alignment backend over the Meridian examples: what each page reports
 * agrees with the entity list, and a restricted user gets only what the
 * catalog shows them.
 */
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  RESTRICTED,
  startMatrixBackend,
  STEWARD,
} from './__testUtils__/matrixBackend';

jest.setTimeout(180_000);

type Server = Parameters<typeof request>[0];

async function get(server: Server, user: string, path: string) {
  const res = await request(server)
    .get(`/api/alignment${path}`)
    .set('Authorization', mockCredentials.user.header(user));
  return res;
}

/** Every row of `GET /entities` for a query, following the cursor. */
async function allRows(server: Server, user: string, query: string) {
  const rows: any[] = [];
  let cursor: string | undefined;
  do {
    const res = await get(
      server,
      user,
      `/entities?limit=5&${query}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(res.status).toBe(200);
    rows.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return rows;
}

const RETIRED = 'objective:default/grow-supplier-network';
const PRINCIPLE = 'principle:default/integrate-through-event-bus';

const draft = (rule: string) => ({
  principle: {
    apiVersion: 'lodestar.dev/v1alpha1',
    kind: 'Principle',
    metadata: { name: 'services-have-runbooks' },
    spec: {
      owner: 'architecture',
      severity: 'high',
      appliesTo: { kind: 'Component' },
      rule,
    },
  },
});

describe('strategy and team pages', () => {
  let server: Server;
  let visible: Set<string>;

  beforeAll(async () => {
    ({ server } = await startMatrixBackend(startTestBackend));
    visible = new Set(
      (await allRows(server, RESTRICTED, '')).map(r => r.entityRef),
    );
  });

  it('Strategy: principles, objectives, trend and who must revalidate', async () => {
    const page = await get(
      server,
      STEWARD,
      '/pages/strategy/default/meridian-strategy',
    );
    expect(page.status).toBe(200);
    const { body } = page;
    expect(body.principles.map((p: any) => p.entityRef)).toContain(
      'principle:default/integrate-through-event-bus',
    );
    expect(
      body.objectives.find((o: any) => o.entityRef === RETIRED),
    ).toMatchObject({ status: 'retired' });
    expect(body.scoreTrend.points.length).toBeGreaterThan(0);
    expect(body.revisions.length).toBeGreaterThan(0);
    const needing = (await allRows(server, STEWARD, '')).filter(
      r => r.needsRevalidation,
    );
    expect(body.realignment.total).toBe(needing.length);
    expect(
      body.realignment.byOwner.reduce((n: number, o: any) => n + o.count, 0),
    ).toBe(needing.length);
    // Each owner's count is what the drift overview's filter lists.
    const [first] = body.realignment.byOwner;
    const listed = await allRows(
      server,
      STEWARD,
      `owner=${first.owner}&needsRevalidation=true`,
    );
    expect(listed.length).toBe(first.count);
    const overview = await get(
      server,
      STEWARD,
      '/overview?needsRevalidation=true',
    );
    expect(overview.body.entities).toBe(needing.length);
    expect(body.realignment.revision.date).toBe(
      body.revisions[body.revisions.length - 1].date,
    );

    const restricted = await get(
      server,
      RESTRICTED,
      '/pages/strategy/default/meridian-strategy',
    );
    expect(restricted.body.scoreTrend).toEqual({ withheld: true, points: [] });
    expect(restricted.body.realignment.total).toBe(
      needing.filter(r => visible.has(r.entityRef)).length,
    );
  });

  it('Objective: figures agree with the supporter list, narrowed for a restricted user', async () => {
    const page = await get(
      server,
      STEWARD,
      `/pages/objective/default/grow-supplier-network`,
    );
    expect(page.status).toBe(200);
    const supporters = await allRows(
      server,
      STEWARD,
      `objective=${RETIRED}&sort=owner`,
    );
    expect(supporters.length).toBeGreaterThan(0);
    expect(page.body.objective.supportingCount).toBe(supporters.length);
    expect(
      page.body.byOwner.reduce((n: number, o: any) => n + o.count, 0),
    ).toBe(supporters.length);
    const levels = page.body.levels;
    expect(levels.aligned + levels.atRisk + levels.drifting).toBe(
      supporters.length,
    );
    expect(page.body.coverage.points.at(-1).entities).toBe(supporters.length);
    const winUs = await get(
      server,
      STEWARD,
      '/pages/objective/default/win-us-midmarket',
    );
    expect(winUs.body.predecessors).toContain(RETIRED);

    const mine = await allRows(server, RESTRICTED, `objective=${RETIRED}`);
    expect(mine.map(r => r.entityRef).sort()).toEqual(
      supporters
        .map(r => r.entityRef)
        .filter(ref => visible.has(ref))
        .sort(),
    );
    const restricted = await get(
      server,
      RESTRICTED,
      `/pages/objective/default/grow-supplier-network`,
    );
    expect(restricted.body.coverage).toEqual({ withheld: true, points: [] });
  });

  it('Principle: the failing list carries each message and matches the counts', async () => {
    const page = await get(
      server,
      STEWARD,
      '/pages/principle/default/integrate-through-event-bus',
    );
    expect(page.status).toBe(200);
    const { principle } = page.body;
    const failing = await allRows(
      server,
      STEWARD,
      `check=${PRINCIPLE}&sort=owner`,
    );
    expect(failing.length).toBe(principle.fail + principle.error);
    expect(failing.length).toBeGreaterThan(0);
    for (const row of failing) {
      expect(row.check.id).toBe(PRINCIPLE);
      expect(['fail', 'error']).toContain(row.check.status);
      expect(row.check.message.length).toBeGreaterThan(0);
    }
    const owners = failing.map(r => r.owner ?? '');
    expect(owners).toEqual([...owners].sort());
    expect(page.body.passRateTrend.points.at(-1)).toMatchObject({
      fail: principle.fail,
      pass: principle.pass,
    });

    const mine = await allRows(server, RESTRICTED, `check=${PRINCIPLE}`);
    expect(mine.map(r => r.entityRef).sort()).toEqual(
      failing
        .map(r => r.entityRef)
        .filter(ref => visible.has(ref))
        .sort(),
    );
  });

  it('rejects a check status without a check, naming the field', async () => {
    const res = await get(server, STEWARD, '/entities?checkStatus=fail');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/checkStatus/);
  });

  it('Group: owns what the entity list says, with fixes worth most first', async () => {
    const page = await get(server, STEWARD, '/pages/group/default/payments');
    expect(page.status).toBe(200);
    const owned = await allRows(
      server,
      STEWARD,
      'owner=group:default/payments',
    );
    expect(page.body.figures.entities).toBe(owned.length);
    const gains = page.body.fixFirst.map((f: any) => f.scoreGain);
    expect(gains).toEqual([...gains].sort((a: number, b: number) => b - a));
    expect(page.body.load.members).toBeGreaterThan(0);

    // The root group counts its sub-groups' entities.
    const root = await get(server, STEWARD, '/pages/group/default/meridian');
    expect(root.body.owners).toContain('group:default/payments');
    expect(root.body.figures.entities).toBeGreaterThan(owned.length);
    const restricted = await get(
      server,
      RESTRICTED,
      '/pages/group/default/meridian',
    );
    expect(restricted.body.figures.entities).toBeLessThanOrEqual(visible.size);
  });

  it('User: the figures of their teams', async () => {
    const page = await get(server, STEWARD, '/pages/user/default/kofi-mensah');
    expect(page.status).toBe(200);
    const payments = page.body.teams.find(
      (t: any) => t.groupRef === 'group:default/payments',
    );
    const group = await get(server, STEWARD, '/pages/group/default/payments');
    expect(payments.entities).toBe(group.body.figures.entities);
  });

  it('answers 404 for an unknown entity and a kind without a page', async () => {
    expect(
      (await get(server, STEWARD, '/pages/strategy/default/nope')).status,
    ).toBe(404);
    expect(
      (await get(server, STEWARD, '/pages/component/default/signup-web'))
        .status,
    ).toBe(404);
  });

  it('previews a draft principle for a steward, and only with the permission', async () => {
    const post = (user: string, body: unknown) =>
      request(server)
        .post('/api/alignment/preview')
        .set('Authorization', mockCredentials.user.header(user))
        .send(body as object);
    const rule =
      "has(entity.metadata.annotations) && 'lodestar.dev/runbook' in entity.metadata.annotations";
    const res = await post(STEWARD, draft(rule));
    expect(res.status).toBe(200);
    expect(res.body.applies).toBeGreaterThan(0);
    expect(res.body.applies).toBe(
      res.body.pass + res.body.fail + res.body.error,
    );
    expect(res.body.failing[0].message).toMatch(/runbook/);

    const broken = await post(STEWARD, draft('entity.spec.(('));
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(/does not compile/);

    expect((await post(RESTRICTED, draft(rule))).status).toBe(403);
    // Nothing was stored: the entity list knows no such check.
    const rows = await allRows(
      server,
      STEWARD,
      'check=principle:default/services-have-runbooks',
    );
    expect(rows).toEqual([]);
  });
});
