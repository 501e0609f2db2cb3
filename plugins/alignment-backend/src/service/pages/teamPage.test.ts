import { mockCredentials } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { loadMeridian } from '../../__testUtils__/loadExamples';
import {
  type Server,
  startAlignmentBackend,
  until,
} from '../../__testUtils__/restrictedBackend';
import {
  HIDDEN_FROM_OUTSIDER,
  OUTSIDER,
} from '../../actions/__testUtils__/restrictedServices';

jest.setTimeout(60_000);

const user = mockCredentials.user.header();
const outsider = mockCredentials.user.header(OUTSIDER);
const REALIGN = 'campaign:default/realign-march-2026';
const CAMPAIGN = '/api/alignment/campaigns/default/realign-march-2026';
// Owns the purchase-order service, which the outsider may not see.
const PAYMENTS = 'group:default/payments';
const PO = HIDDEN_FROM_OUTSIDER.component;

/**
 * The example catalog with the `parentOf` relations the catalog would add
 * from each group's `spec.parent` (the mock catalog adds none), and with
 * the hidden service not reviewed since the revision, so that it is open
 * in the campaign for whoever may see it.
 */
function testCatalog(): Entity[] {
  const entities = loadMeridian();
  const po = entities.find(
    e => e.kind === 'Component' && e.metadata.name === 'purchase-order-service',
  )!;
  delete po.metadata.annotations!['lodestar.dev/reviewed-at'];
  for (const child of entities) {
    const parent = child.kind === 'Group' && (child.spec?.parent as string);
    if (!parent) continue;
    const group = entities.find(
      e => e.kind === 'Group' && e.metadata.name === parent,
    );
    group!.relations = [
      ...(group!.relations ?? []),
      { type: 'parentOf', targetRef: `group:default/${child.metadata.name}` },
    ];
  }
  return entities;
}

describe('team page campaign to-dos', () => {
  let server: Server;
  const get = (path: string, as = user) =>
    request(server).get(path).set('Authorization', as);
  /** The campaign's open entities, all of them, as the caller sees them. */
  const openOf = async (as = user) =>
    (await get(`${CAMPAIGN}?limit=500`, as)).body.open.items as Array<{
      entityRef: string;
      owner?: string;
    }>;

  beforeAll(async () => {
    server = await startAlignmentBackend({ entities: testCatalog() });
    await until(
      () => get('/api/alignment/campaigns'),
      res => res.body.items?.[0]?.counts.inScope > 0,
    );
  });

  it("lists the campaign's open entities the team owns, with their open checks and the deadline", async () => {
    const page = await get('/api/alignment/pages/group/default/payments');
    expect(page.status).toBe(200);
    const expected = (await openOf()).filter(t => t.owner === PAYMENTS);
    expect(expected.length).toBeGreaterThan(0);
    const [todos, ...others] = page.body.campaignTodos;
    expect(others).toEqual([]);
    expect(todos.campaign).toMatchObject({
      ref: REALIGN,
      lifecycle: 'active',
      deadline: '2027-01-29',
    });
    // The summary is the one the campaigns page lists.
    const listed = (await get('/api/alignment/campaigns')).body.items;
    expect(todos.campaign).toEqual(listed.find((c: any) => c.ref === REALIGN));
    expect(todos.open).toEqual(expected);
    expect(todos.openCount).toBe(expected.length);
    for (const todo of todos.open) {
      expect(todo.openChecks.length).toBeGreaterThan(0);
    }
  });

  it('counts the sub-groups’ entities, as the page does for owned entities', async () => {
    const page = (await get('/api/alignment/pages/group/default/meridian'))
      .body;
    expect(page.owners).toContain(PAYMENTS);
    const owners = new Set(page.owners);
    const expected = (await openOf()).filter(
      t => t.owner && owners.has(t.owner),
    );
    expect(page.campaignTodos[0].openCount).toBe(expected.length);
    expect(page.campaignTodos[0].open).toEqual(expected.slice(0, 50));
  });

  it('lists only the entities the caller may see', async () => {
    const everyone = (await get('/api/alignment/pages/group/default/payments'))
      .body.campaignTodos;
    const mine = (
      await get('/api/alignment/pages/group/default/payments', outsider)
    ).body.campaignTodos;
    const refs = (todos: any[]) =>
      todos.flatMap(c => c.open.map((t: any) => t.entityRef));
    // The hidden service is open in the campaign for those who see it.
    expect(refs(everyone)).toContain(PO);
    expect(refs(mine)).not.toContain(PO);
    const expected = (await openOf(outsider)).filter(t => t.owner === PAYMENTS);
    expect(refs(mine)).toEqual(expected.map(t => t.entityRef));
    expect(refs(mine)).toEqual(refs(everyone).filter(ref => ref !== PO));
  });

  it('leaves out campaigns with nothing open for the team', async () => {
    const page = (await get('/api/alignment/pages/group/default/leadership'))
      .body;
    const owners = new Set(page.owners);
    const open = (await openOf()).filter(t => t.owner && owners.has(t.owner));
    // The leadership team owns no production service in the campaign's scope.
    expect(open).toEqual([]);
    expect(page.campaignTodos).toEqual([]);
  });
});
