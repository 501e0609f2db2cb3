import {
  get,
  invoke,
  type Server,
  startAlignmentBackend,
  until,
} from '../__testUtils__/restrictedBackend';
import {
  HIDDEN_FROM_OUTSIDER,
  OUTSIDER,
  policy,
} from './__testUtils__/restrictedServices';

jest.setTimeout(60_000);

const USER = 'user:default/steward';
const REALIGN = 'campaign:default/realign-march-2026';
const ROUTE = '/campaigns/default/realign-march-2026';
// The purchase-order service is a production service: in the campaign's scope.
const PO = HIDDEN_FROM_OUTSIDER.component;

describe('campaign actions', () => {
  let server: Server;

  beforeAll(async () => {
    server = await startAlignmentBackend();
    // The first whole run judges the example campaign.
    await until(
      () => get(server, USER, '/campaigns'),
      res => res.body.items?.[0]?.counts.inScope > 0,
    );
  });

  afterEach(() => {
    policy.actions = true;
  });

  describe('list-campaigns', () => {
    it('answers what the campaigns route answers', async () => {
      const action = await invoke(server, USER, 'list-campaigns', {});
      expect(action.status).toBe(200);
      const route = await get(server, USER, '/campaigns');
      expect(action.body.output).toEqual(route.body);
      expect(action.body.output.items[0]).toMatchObject({
        ref: REALIGN,
        lifecycle: 'active',
        deadline: '2027-01-29',
      });
    });

    it('keeps only the lifecycle asked for', async () => {
      const active = await invoke(server, USER, 'list-campaigns', {
        lifecycle: 'active',
      });
      expect(active.body.output.items.map((c: any) => c.ref)).toContain(
        REALIGN,
      );
      const completed = await invoke(server, USER, 'list-campaigns', {
        lifecycle: 'completed',
      });
      expect(completed.status).toBe(200);
      expect(completed.body.output.items).toEqual([]);
      const bad = await invoke(server, USER, 'list-campaigns', {
        lifecycle: 'someday',
      });
      expect(bad.status).toBe(400);
    });

    it('counts only the entities the caller may see', async () => {
      const everyone = await invoke(server, USER, 'list-campaigns', {});
      const outsider = await invoke(server, OUTSIDER, 'list-campaigns', {});
      expect(outsider.status).toBe(200);
      const count = (res: any) =>
        res.body.output.items.find((c: any) => c.ref === REALIGN).counts
          .inScope;
      expect(count(outsider)).toBe(count(everyone) - 1);
      const route = await get(server, OUTSIDER, '/campaigns');
      expect(outsider.body.output).toEqual(route.body);
    });

    it('is offered only to callers granted lodestar.actions.read', async () => {
      policy.actions = false;
      const res = await invoke(server, USER, 'list-campaigns', {});
      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain('not found');
    });
  });

  describe('get-campaign-progress', () => {
    it('answers what the progress route answers, short refs included', async () => {
      const action = await invoke(server, USER, 'get-campaign-progress', {
        campaignRef: 'realign-march-2026',
      });
      expect(action.status).toBe(200);
      const route = await get(server, USER, ROUTE);
      expect(action.body.output).toEqual(route.body);
      const { campaign, byOwner, open } = action.body.output;
      expect(campaign.ref).toBe(REALIGN);
      expect(
        byOwner.reduce((sum: number, o: any) => sum + o.counts.inScope, 0),
      ).toBe(campaign.counts.inScope);
      expect(open.totalCount).toBeGreaterThan(1);
      for (const todo of open.items) {
        expect(todo.openChecks.length).toBeGreaterThan(0);
      }
    });

    it('pages the open entities with a cursor, in the order of the whole list', async () => {
      const whole = await invoke(server, USER, 'get-campaign-progress', {
        campaignRef: REALIGN,
        limit: 500,
      });
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await invoke(server, USER, 'get-campaign-progress', {
          campaignRef: REALIGN,
          limit: 1,
          ...(cursor && { cursor }),
        });
        expect(page.status).toBe(200);
        expect(page.body.output.open.items.length).toBeLessThanOrEqual(1);
        seen.push(...page.body.output.open.items.map((t: any) => t.entityRef));
        cursor = page.body.output.open.nextCursor;
      } while (cursor);
      expect(seen).toEqual(
        whole.body.output.open.items.map((t: any) => t.entityRef),
      );
    });

    it('counts and lists only the entities a restricted caller sees', async () => {
      const everyone = (
        await invoke(server, USER, 'get-campaign-progress', {
          campaignRef: REALIGN,
          limit: 500,
        })
      ).body.output;
      const outsider = await invoke(server, OUTSIDER, 'get-campaign-progress', {
        campaignRef: REALIGN,
        limit: 500,
      });
      expect(outsider.status).toBe(200);
      const mine = outsider.body.output;
      expect(mine.campaign.counts.inScope).toBe(
        everyone.campaign.counts.inScope - 1,
      );
      const hiddenWasOpen = everyone.open.items.some(
        (t: any) => t.entityRef === PO,
      );
      expect(mine.open.totalCount).toBe(
        everyone.open.totalCount - (hiddenWasOpen ? 1 : 0),
      );
      expect(mine.open.items.map((t: any) => t.entityRef)).not.toContain(PO);
      const route = await get(server, OUTSIDER, `${ROUTE}?limit=500`);
      expect(mine).toEqual(route.body);
    });

    it('answers 404 for an unknown campaign and 400 for bad input', async () => {
      const unknown = await invoke(server, USER, 'get-campaign-progress', {
        campaignRef: 'no-such-campaign',
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toMatch(
        /^No campaign campaign:default\/no-such-campaign/,
      );
      for (const input of [
        {},
        { campaignRef: REALIGN, limit: 0 },
        { campaignRef: REALIGN, limit: 501 },
        { campaignRef: ['x'] },
      ]) {
        const res = await invoke(server, USER, 'get-campaign-progress', input);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain(
          'Invalid input to action "alignment:get-campaign-progress"',
        );
      }
      const cursor = await invoke(server, USER, 'get-campaign-progress', {
        campaignRef: REALIGN,
        cursor: 'not-a-cursor',
      });
      expect(cursor.status).toBe(400);
      const malformed = await invoke(server, USER, 'get-campaign-progress', {
        campaignRef: '',
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.message).toContain(
        'is not an entity reference like campaign:default/name',
      );
    });

    it('is offered only to callers granted lodestar.actions.read', async () => {
      policy.actions = false;
      const res = await invoke(server, USER, 'get-campaign-progress', {
        campaignRef: REALIGN,
      });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain('not found');
    });
  });
});
