import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { loadMeridian } from '../../__testUtils__/loadExamples';
import {
  type Server,
  startAlignmentBackend,
  until,
} from '../../__testUtils__/restrictedBackend';
import { policy } from '../../actions/__testUtils__/restrictedServices';

jest.setTimeout(60_000);

const user = mockCredentials.user.header();
const TODAY = new Date().toISOString().slice(0, 10);
const PROPOSED = `campaign:default/revalidate-pivot-strategy-${TODAY}`;
/** How many reads, 100 ms apart, to wait for the proposal. */
const ATTEMPTS = 150;

/** A second strategy, revised today: no campaign answers that revision. */
function pivotStrategy(entities: Entity[]): Entity {
  const meridian = entities.find(e => e.kind === 'Strategy')!;
  return {
    ...meridian,
    metadata: { namespace: 'default', name: 'pivot-strategy' },
    spec: {
      ...meridian.spec,
      owner: 'architecture',
      revisions: [
        {
          date: TODAY,
          trigger: 'icp-change',
          summary: 'We now sell to banks.',
        },
      ],
    },
  };
}

/** Every audit event, with how it ended. */
const audited: Array<{ eventId: string; meta?: any; outcome?: string }> = [];
const recordingAuditor = createServiceFactory({
  service: coreServices.auditor,
  deps: {},
  factory: () => ({
    async createEvent(options: { eventId: string; meta?: any }) {
      const event: (typeof audited)[number] = {
        eventId: options.eventId,
        meta: options.meta,
      };
      audited.push(event);
      return {
        async success(o?: { meta?: any }) {
          event.outcome = 'succeeded';
          event.meta = { ...event.meta, ...o?.meta };
        },
        async fail() {
          event.outcome = 'failed';
        },
      };
    },
  }),
});

describe('campaigns proposed from strategy revisions', () => {
  let server: Server;
  const get = (path: string) =>
    request(server).get(path).set('Authorization', user);
  const accept = (id: string) =>
    request(server)
      .post(`/api/alignment/campaigns/proposals/${id}/accept`)
      .set('Authorization', user);
  const proposed = async (): Promise<any> =>
    ((await get('/api/alignment/campaigns')).body.items ?? []).find(
      (c: any) => c.ref === PROPOSED,
    );

  beforeAll(async () => {
    const entities = loadMeridian();
    server = await startAlignmentBackend({
      entities: [...entities, pivotStrategy(entities)],
      features: [
        mockServices.rootConfig.factory({
          data: {
            lodestar: {
              campaigns: { proposeFromRevisions: { deadlineDays: 30 } },
            },
          },
        }),
        recordingAuditor,
      ],
    });
  });

  afterEach(() => {
    policy.campaignAccept = true;
  });

  it('proposes a campaign for the new revision, judged like one', async () => {
    const campaign = await until(
      proposed,
      c => c?.counts.inScope > 0,
      ATTEMPTS,
    );
    expect(campaign).toMatchObject({
      lifecycle: 'proposed',
      owner: 'group:default/architecture',
      strategy: 'strategy:default/pivot-strategy',
      revision: TODAY,
      checks: ['intent.reviewed-since-revision'],
      proposal: { id: expect.any(String), proposedAt: expect.any(String) },
    });
    // Thirty days from the revision.
    expect(campaign.daysLeft).toBe(30);
    // Nobody reviewed since a revision made today.
    expect(campaign.counts.remaining).toBe(campaign.counts.inScope);
    // The revision the example campaign answers is not proposed again.
    const refs = (await get('/api/alignment/campaigns')).body.items.map(
      (c: any) => c.ref,
    );
    expect(refs.filter((r: string) => r.includes('revalidate'))).toEqual([
      PROPOSED,
    ]);
    const progress = await get(
      `/api/alignment/campaigns/default/revalidate-pivot-strategy-${TODAY}`,
    );
    expect(progress.status).toBe(200);
    expect(progress.body.campaign.lifecycle).toBe('proposed');
  });

  it('refuses to accept without lodestar.campaign.accept, and audits the attempt', async () => {
    const { proposal } = await until(proposed, c => Boolean(c), ATTEMPTS);
    policy.campaignAccept = false;
    const res = await accept(proposal.id);
    expect(res.status).toBe(403);
    expect(audited.at(-1)).toMatchObject({
      eventId: 'campaign-proposal-accept',
      outcome: 'failed',
      meta: { proposalId: proposal.id },
    });
    expect((await proposed()).lifecycle).toBe('proposed');
  });

  it('answers 404 for an unknown proposal', async () => {
    const res = await accept('00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect((await accept('not-a-uuid')).status).toBe(400);
  });

  it('accepts once: the campaign turns active, audited; a second accept is a conflict', async () => {
    const { proposal } = await until(proposed, c => Boolean(c), ATTEMPTS);
    const res = await accept(proposal.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: proposal.id,
      status: 'accepted',
      acceptedBy: 'user:default/mock',
    });
    expect(audited.at(-1)).toMatchObject({
      eventId: 'campaign-proposal-accept',
      outcome: 'succeeded',
      meta: {
        proposalId: proposal.id,
        strategyRef: 'strategy:default/pivot-strategy',
        revision: TODAY,
      },
    });
    const campaign = await proposed();
    expect(campaign).toMatchObject({
      lifecycle: 'active',
      startsAt: TODAY,
      proposal: { id: proposal.id, acceptedBy: 'user:default/mock' },
    });
    expect(campaign.counts.inScope).toBeGreaterThan(0);
    const again = await accept(proposal.id);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already accepted/);
  });
});
