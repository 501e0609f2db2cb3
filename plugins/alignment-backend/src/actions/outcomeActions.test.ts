import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
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
const MIDMARKET = 'objective:default/win-us-midmarket';
// The purchase-order service serves the mid-market objective.
const PO = HIDDEN_FROM_OUTSIDER.component;
const HIDDEN_OBJECTIVE = HIDDEN_FROM_OUTSIDER.objective;

describe('outcome actions', () => {
  let server: Server;

  beforeAll(async () => {
    server = await startAlignmentBackend();
    await until(
      () =>
        get(
          server,
          USER,
          '/scorecards/component/default/purchase-order-service',
        ),
      res => res.status === 200,
    );
    // Facts for one supporter of the objective, and a value of one measure.
    const service = mockCredentials.service.header();
    const pushes = await Promise.all([
      request(server)
        .post('/api/alignment/facts')
        .set('Authorization', service)
        .send({
          entityRef: PO,
          source: 'github-actions',
          facts: { deploymentFrequencyPerWeek: 3, changeFailureRate: 12 },
        }),
      request(server)
        .post('/api/alignment/measures')
        .set('Authorization', service)
        .send({
          objectiveRef: MIDMARKET,
          measureId: 'midmarket-arr',
          value: 6.5,
          source: 'salesforce',
        }),
    ]);
    for (const push of pushes) {
      if (push.status !== 200) {
        throw new Error(`Push failed: ${JSON.stringify(push.body)}`);
      }
    }
  });

  afterEach(() => {
    policy.actions = true;
  });

  describe('get-entity-facts', () => {
    it('answers what the facts route answers, short refs included', async () => {
      const action = await invoke(server, USER, 'get-entity-facts', {
        entityRef: 'purchase-order-service',
      });
      expect(action.status).toBe(200);
      const route = await get(
        server,
        USER,
        '/entities/component/default/purchase-order-service/facts',
      );
      expect(action.body.output).toEqual(route.body);
      expect(
        action.body.output.facts.map((f: any) => [f.key, f.value, f.band]),
      ).toEqual([
        ['changeFailureRate', 12, 'medium'],
        ['deploymentFrequencyPerWeek', 3, 'high'],
      ]);
      expect(action.body.output.definitions).toContainEqual(
        expect.objectContaining({ key: 'timeToRestoreHours', maxAgeDays: 14 }),
      );
    });

    it('answers 404 for an entity the caller may not see, as for an unknown one', async () => {
      const hidden = await invoke(server, OUTSIDER, 'get-entity-facts', {
        entityRef: PO,
      });
      expect(hidden.status).toBe(404);
      expect(hidden.body.error.message).toBe(
        `No entity ${PO} in the catalog, or you may not see it`,
      );
      const unknown = await invoke(server, USER, 'get-entity-facts', {
        entityRef: 'component:default/no-such-service',
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.name).toBe('NotFoundError');
      // The outsider still reads the facts of what they may see.
      const visible = await invoke(server, OUTSIDER, 'get-entity-facts', {
        entityRef: 'component:default/invoice-matching-service',
      });
      expect(visible.status).toBe(200);
      expect(visible.body.output.facts).toEqual([]);
    });

    it('rejects input that is not an entity reference with 400', async () => {
      for (const input of [
        {},
        { entityRef: 42 },
        { entityRef: 'x'.repeat(513) },
      ]) {
        const res = await invoke(server, USER, 'get-entity-facts', input);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain(
          'Invalid input to action "alignment:get-entity-facts"',
        );
      }
      const malformed = await invoke(server, USER, 'get-entity-facts', {
        entityRef: 'component:default/',
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.message).toContain(
        'is not an entity reference like component:default/name',
      );
    });

    it('is offered only to callers granted lodestar.actions.read', async () => {
      policy.actions = false;
      const res = await invoke(server, USER, 'get-entity-facts', {
        entityRef: PO,
      });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain('not found');
    });
  });

  describe('get-objective-progress', () => {
    it('answers what the progress route answers', async () => {
      const action = await invoke(server, USER, 'get-objective-progress', {
        objectiveRef: 'win-us-midmarket',
      });
      expect(action.status).toBe(200);
      const route = await get(
        server,
        USER,
        '/objectives/default/win-us-midmarket/progress',
      );
      expect(action.body.output).toEqual(route.body);
      expect(action.body.output.objectiveRef).toBe(MIDMARKET);
      expect(
        action.body.output.measures.find((m: any) => m.id === 'midmarket-arr'),
      ).toMatchObject({
        current: { value: 6.5, source: 'salesforce' },
        target: 12,
        status: expect.stringMatching(/^(on-track|at-risk|off-track)$/),
      });
      const deploys = action.body.output.delivery.find(
        (d: any) => d.key === 'deploymentFrequencyPerWeek',
      );
      expect(deploys).toMatchObject({ entities: 1, median: 3, band: 'high' });
    });

    it('counts only the supporters the caller may see', async () => {
      const everyone = await invoke(server, USER, 'get-objective-progress', {
        objectiveRef: MIDMARKET,
      });
      const outsider = await invoke(
        server,
        OUTSIDER,
        'get-objective-progress',
        {
          objectiveRef: MIDMARKET,
        },
      );
      expect(outsider.status).toBe(200);
      expect(outsider.body.output.supporters).toBe(
        everyone.body.output.supporters - 1,
      );
      expect(
        outsider.body.output.delivery.find(
          (d: any) => d.key === 'deploymentFrequencyPerWeek',
        ),
      ).toMatchObject({ entities: 0, median: null });
      const route = await get(
        server,
        OUTSIDER,
        '/objectives/default/win-us-midmarket/progress',
      );
      expect(outsider.body.output).toEqual(route.body);
    });

    it('answers 404 for an objective the caller may not see, an unknown one or another kind', async () => {
      for (const [user, objectiveRef] of [
        [OUTSIDER, HIDDEN_OBJECTIVE],
        [USER, 'objective:default/no-such-objective'],
        [USER, PO],
      ]) {
        const res = await invoke(server, user, 'get-objective-progress', {
          objectiveRef,
        });
        expect(res.status).toBe(404);
        expect(res.body.error.message).toBe(
          `No Objective ${objectiveRef} in the catalog, or you may not see it`,
        );
      }
      const visible = await invoke(server, USER, 'get-objective-progress', {
        objectiveRef: HIDDEN_OBJECTIVE,
      });
      expect(visible.status).toBe(200);
    });

    it('rejects input that is not an objective reference with 400', async () => {
      for (const input of [{}, { objectiveRef: ['win-us-midmarket'] }]) {
        const res = await invoke(server, USER, 'get-objective-progress', input);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain(
          'Invalid input to action "alignment:get-objective-progress"',
        );
      }
      const malformed = await invoke(server, USER, 'get-objective-progress', {
        objectiveRef: '',
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.message).toContain(
        'is not an entity reference like objective:default/name',
      );
    });
  });
});
