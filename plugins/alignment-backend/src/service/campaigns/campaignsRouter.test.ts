import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  type Server,
  startAlignmentBackend,
  until,
} from '../../__testUtils__/restrictedBackend';
import {
  HIDDEN_FROM_OUTSIDER,
  OUTSIDER,
  policy,
} from '../../actions/__testUtils__/restrictedServices';
import { daysBetween } from './campaignSummary';

jest.setTimeout(60_000);

const user = mockCredentials.user.header();
const outsider = mockCredentials.user.header(OUTSIDER);
const REALIGN = 'campaign:default/realign-march-2026';
const PATH = '/api/alignment/campaigns/default/realign-march-2026';

describe('campaigns', () => {
  let server: Server;
  const get = (path: string, as = user) =>
    request(server).get(path).set('Authorization', as);

  beforeAll(async () => {
    server = await startAlignmentBackend();
    // The first whole run judges the example campaign.
    await until(
      () => get('/api/alignment/campaigns'),
      res => res.body.items?.[0]?.counts.inScope > 0,
    );
  });

  it('lists the campaign with counts from the stored standings', async () => {
    const res = await get('/api/alignment/campaigns');
    expect(res.status).toBe(200);
    const [campaign] = res.body.items;
    expect(campaign).toMatchObject({
      ref: REALIGN,
      title: 'Realign with the March 2026 revision',
      owner: 'group:default/architecture',
      lifecycle: 'active',
      strategy: 'strategy:default/meridian-strategy',
      revision: '2026-03-02',
      deadline: '2027-01-29',
    });
    expect(campaign.checks).toContain('principle:default/services-expose-apis');
    const { counts } = campaign;
    expect(
      counts.done +
        counts.remaining +
        counts.waived +
        counts.errored +
        counts.noData,
    ).toBe(counts.inScope);
  });

  it('serves progress by owner, a burn-down and the open entities, paged', async () => {
    const res = await get(PATH);
    expect(res.status).toBe(200);
    const { campaign, byOwner, burnDown, open } = res.body;
    const inScope = byOwner.reduce(
      (sum: number, o: any) => sum + o.counts.inScope,
      0,
    );
    expect(inScope).toBe(campaign.counts.inScope);
    const openCount =
      campaign.counts.remaining +
      campaign.counts.errored +
      campaign.counts.noData;
    expect(open.totalCount).toBe(openCount);
    expect(burnDown).toHaveLength(1);
    // First judged long after its start: the ideal line starts from all
    // in scope on 2026-03-02 and has come down since.
    const span = daysBetween('2026-03-02', '2027-01-29');
    const elapsed = daysBetween('2026-03-02', burnDown[0].day);
    expect(burnDown[0]).toMatchObject({
      inScope: campaign.counts.inScope,
      open: openCount,
      ideal:
        Math.round(
          campaign.counts.inScope * Math.max(0, 1 - elapsed / span) * 10,
        ) / 10,
    });
    expect(openCount).toBeGreaterThan(1);

    // Page by page, the open entities come in the same order as whole.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await get(
        `${PATH}?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.open.items.map((t: any) => t.entityRef));
      cursor = page.body.open.nextCursor;
    } while (cursor);
    expect(seen).toEqual(open.items.map((t: any) => t.entityRef));
    for (const todo of open.items) {
      expect(['remaining', 'errored', 'no-data']).toContain(todo.state);
      expect(todo.openChecks.length).toBeGreaterThan(0);
    }
  });

  it('counts and lists only the entities a conditionally allowed caller sees', async () => {
    const all = (await get(PATH)).body;
    const mine = (await get(PATH, outsider)).body;
    const hidden = HIDDEN_FROM_OUTSIDER.component;
    const hiddenWasOpen = all.open.items.some(
      (t: any) => t.entityRef === hidden,
    );
    expect(mine.campaign.counts.inScope).toBe(all.campaign.counts.inScope - 1);
    expect(mine.open.totalCount).toBe(
      all.open.totalCount - (hiddenWasOpen ? 1 : 0),
    );
    expect(mine.open.items.map((t: any) => t.entityRef)).not.toContain(hidden);
    const listed = (await get('/api/alignment/campaigns', outsider)).body;
    expect(listed.items[0].counts).toEqual(mine.campaign.counts);
  });

  it('withholds the burn-down, and says so, from a caller who sees part of the entities without the aggregates permission', async () => {
    expect((await get(PATH, outsider)).body.burnDownWithheld).toBeUndefined();
    policy.aggregates = false;
    try {
      const mine = (await get(PATH, outsider)).body;
      expect(mine.burnDownWithheld).toBe(true);
      expect(mine.burnDown).toEqual([]);
      // Whoever sees every entity sees the burn-down without the permission.
      const all = (await get(PATH)).body;
      expect(all.burnDownWithheld).toBeUndefined();
      expect(all.burnDown.length).toBeGreaterThan(0);
    } finally {
      policy.aggregates = true;
    }
  });

  it('says which campaign is unknown, and refuses a bad page', async () => {
    const missing = await get('/api/alignment/campaigns/default/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(
      /No campaign campaign:default\/nope/,
    );
    expect((await get(`${PATH}?limit=0`)).status).toBe(400);
    expect((await get(`${PATH}?cursor=not-a-cursor`)).status).toBe(400);
  });
});
