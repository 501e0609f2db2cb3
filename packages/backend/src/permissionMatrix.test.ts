/**
 * The permission matrix: under the demo's policy, for every Lodestar route
 * and action, a user sees exactly the entities the catalog's own query
 * shows them, no more and no fewer. The backend is real: the catalog (with
 * Lodestar's module), the permission backend with the demo policy, and the
 * alignment backend, over the Meridian examples.
 */
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  startMatrixBackend,
  STEWARD,
  RESTRICTED,
} from './__testUtils__/matrixBackend';

jest.setTimeout(180_000);

type Server = Parameters<typeof request>[0];
const header = (user: string) => mockCredentials.user.header(user);

async function get(server: Server, user: string, path: string) {
  return request(server).get(path).set('Authorization', header(user));
}

/** Every row of `GET /entities`, following the cursor with small pages. */
async function allEntityRefs(server: Server, user: string, query = '') {
  const refs: string[] = [];
  let cursor: string | undefined;
  do {
    const res = await get(
      server,
      user,
      `/api/alignment/entities?limit=7${query}${
        cursor ? `&cursor=${cursor}` : ''
      }`,
    );
    expect(res.status).toBe(200);
    refs.push(...res.body.items.map((r: any) => r.entityRef));
    cursor = res.body.nextCursor;
  } while (cursor);
  return refs.sort();
}

async function invoke(
  server: Server,
  user: string,
  action: string,
  input = {},
) {
  return request(server)
    .post(
      `/api/alignment/.backstage/actions/v1/actions/alignment:${action}/invoke`,
    )
    .set('Authorization', header(user))
    .send(input);
}

describe('permission matrix', () => {
  let server: Server;
  let evaluated: string[];
  let visible: string[];
  let scorecards: Map<string, any>;

  beforeAll(async () => {
    ({ server } = await startMatrixBackend(startTestBackend));
    evaluated = await allEntityRefs(server, STEWARD);
    // What the catalog itself returns to the restricted user.
    const catalog = await get(
      server,
      RESTRICTED,
      '/api/catalog/entities/by-query?limit=1000&fields=kind,metadata.namespace,metadata.name',
    );
    if (catalog.body.pageInfo?.nextCursor) {
      throw new Error('The catalog answered in more than one page');
    }
    const catalogRefs = new Set(
      catalog.body.items.map((e: any) =>
        `${e.kind}:${e.metadata.namespace}/${e.metadata.name}`.toLowerCase(),
      ),
    );
    visible = evaluated.filter(ref => catalogRefs.has(ref));
    scorecards = new Map();
    for (const ref of evaluated) {
      const [kind, rest] = ref.split(':');
      const res = await get(
        server,
        STEWARD,
        `/api/alignment/scorecards/${kind}/${rest}`,
      );
      scorecards.set(ref, res.body);
    }
  });

  it('is a real split: the restricted user sees some evaluated entities, not all', () => {
    expect(evaluated.length).toBeGreaterThan(40);
    expect(visible.length).toBeGreaterThan(2);
    expect(visible.length).toBeLessThan(evaluated.length);
  });

  it('GET /entities and its CSV', async () => {
    expect(await allEntityRefs(server, RESTRICTED)).toEqual(visible);
    expect(
      await allEntityRefs(server, RESTRICTED, '&sort=title&order=desc'),
    ).toEqual(visible);
    const csv = await get(server, RESTRICTED, '/api/alignment/entities.csv');
    const refs = csv.text
      .trim()
      .split('\r\n')
      .slice(1)
      .map(line => JSON.parse(line.split(',')[0]));
    expect(refs.sort()).toEqual(visible);
  });

  it('GET /overview, with and without free text', async () => {
    const res = await get(server, RESTRICTED, '/api/alignment/overview');
    const scores = visible.map(ref => scorecards.get(ref).score);
    expect(res.body.entities).toBe(visible.length);
    expect(res.body.score).toBe(
      Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
    );
    const owners = new Set(visible.map(ref => scorecards.get(ref).owner));
    for (const owner of res.body.heatmap.owners)
      expect(owners).toContain(owner);
    expect(res.body.trend).toMatchObject({ withheld: true, points: [] });

    const term = visible[0].split('/')[1];
    const searched = await get(
      server,
      RESTRICTED,
      `/api/alignment/overview?q=${term}`,
    );
    expect(searched.body.entities).toBe(
      visible.filter(ref => ref.includes(term)).length,
    );
    const steward = await get(server, STEWARD, '/api/alignment/overview');
    expect(steward.body.entities).toBe(evaluated.length);
  });

  it('GET /principles counts only visible entities', async () => {
    const cards = scorecards;
    const res = await get(server, RESTRICTED, '/api/alignment/principles');
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const principle of res.body.items) {
      const id = `principle:${principle.entityRef.split(':')[1]}`;
      const statuses = visible.flatMap(ref =>
        cards
          .get(ref)
          .pillars.flatMap((p: any) => p.checks)
          .filter((c: any) => c.id === id)
          .map((c: any) => c.status),
      );
      const count = (status: string) =>
        statuses.filter(s => s === status).length;
      expect({ id, fail: principle.fail, pass: principle.pass }).toEqual({
        id,
        fail: count('fail'),
        pass: count('pass'),
      });
    }
  });

  it('GET /objectives and the coverage action', async () => {
    const seen = visible;
    const mine = await get(server, RESTRICTED, '/api/alignment/objectives');
    const all = await get(server, STEWARD, '/api/alignment/objectives');
    const allByRef = new Map(
      all.body.objectives.map((o: any) => [o.entityRef, o]),
    );
    for (const objective of mine.body.objectives) {
      const expected = (allByRef.get(objective.entityRef) as any).supportingRefs
        .filter((ref: string) => seen.includes(ref))
        .sort();
      expect([...objective.supportingRefs].sort()).toEqual(expected);
      expect(objective.supportingCount).toBe(expected.length);
    }
    expect(mine.body.servingNone.entityRefs.sort()).toEqual(
      all.body.servingNone.entityRefs
        .filter((r: string) => visible.includes(r))
        .sort(),
    );
    const action = await invoke(server, RESTRICTED, 'get-objective-coverage');
    expect(action.status).toBe(200);
    expect(
      action.body.output.objectives.map((o: any) => o.supportingCount),
    ).toEqual(mine.body.objectives.map((o: any) => o.supportingCount));
  });

  it('scorecards, history and the scorecard action: 404 outside, 200 inside', async () => {
    for (const ref of evaluated) {
      const [kind, rest] = ref.split(':');
      const expected = visible.includes(ref) ? 200 : 404;
      const card = await get(
        server,
        RESTRICTED,
        `/api/alignment/scorecards/${kind}/${rest}`,
      );
      const history = await get(
        server,
        RESTRICTED,
        `/api/alignment/scorecards/${kind}/${rest}/history`,
      );
      expect({ ref, card: card.status, history: history.status }).toEqual({
        ref,
        card: expected,
        history: expected,
      });
    }
    const hidden = evaluated.find(ref => !visible.includes(ref))!;
    expect(
      (
        await invoke(server, RESTRICTED, 'get-alignment-scorecard', {
          entityRef: hidden,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await invoke(server, RESTRICTED, 'get-alignment-scorecard', {
          entityRef: visible[0],
        })
      ).status,
    ).toBe(200);
  });

  it('the drifting-entities action', async () => {
    const res = await invoke(server, RESTRICTED, 'list-drifting-entities', {
      limit: 100,
    });
    expect(res.status).toBe(200);
    const expected = visible.filter(
      ref => scorecards.get(ref).level !== 'aligned',
    );
    expect(res.body.output.items.map((i: any) => i.entityRef).sort()).toEqual(
      expected,
    );
  });

  it('waivers: listed, created and deleted only on entities the caller may see', async () => {
    const hidden = evaluated.find(ref => !visible.includes(ref))!;
    const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const waive = (user: string, entityRef: string) =>
      request(server)
        .post('/api/alignment/waivers')
        .set('Authorization', header(user))
        .send({
          entityRef,
          checkId: 'ownership.on-call',
          reason: 'matrix',
          expiresAt,
        });
    const onHidden = await waive(STEWARD, hidden);
    expect(onHidden.status).toBe(201);
    const onVisible = await waive(RESTRICTED, visible[0]);
    expect(onVisible.status).toBe(201);

    const listed = await get(server, RESTRICTED, '/api/alignment/waivers');
    expect(listed.body.items.map((w: any) => w.entityRef)).toEqual([
      visible[0],
    ]);
    expect((await waive(RESTRICTED, hidden)).status).toBe(404);
    const remove = (user: string, id: string) =>
      request(server)
        .delete(`/api/alignment/waivers/${id}`)
        .set('Authorization', header(user));
    expect((await remove(RESTRICTED, onHidden.body.id)).status).toBe(404);
    expect((await remove(RESTRICTED, onVisible.body.id)).status).toBe(204);
    expect((await remove(STEWARD, onHidden.body.id)).status).toBe(204);
  });
});
