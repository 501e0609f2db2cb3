import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { alignmentPlugin } from '../plugin';

const strategy = {
  apiVersion: 'lodestar.dev/v1alpha1',
  kind: 'Strategy',
  metadata: {
    name: 'meridian-strategy',
    namespace: 'default',
    title: 'Meridian strategy',
  },
  spec: {
    owner: 'leadership',
    thesis: 'Win the US mid-market',
    revisions: [
      {
        date: '2024-01-15',
        trigger: 'platform-thesis-change',
        summary: 'Network effects',
      },
      {
        date: '2026-03-02',
        trigger: 'funding-round',
        summary: 'US mid-market expansion',
      },
      {
        date: '2999-01-01',
        trigger: 'other',
        summary: 'Announced long ahead',
      },
    ],
  },
};

describe('GET /strategy', () => {
  it('serves the strategy with its revisions newest first and the latest in effect', async () => {
    const { server } = await startTestBackend({
      features: [
        alignmentPlugin,
        catalogServiceMock.factory({ entities: [strategy] }),
      ],
    });
    const response = await request(server)
      .get('/api/alignment/strategy')
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(200);
    expect(response.body.items[0]).toMatchObject({
      entityRef: 'strategy:default/meridian-strategy',
      latestRevision: { date: '2026-03-02', trigger: 'funding-round' },
    });
    expect(
      response.body.items[0].revisions.map((r: { date: string }) => r.date),
    ).toEqual(['2999-01-01', '2026-03-02', '2024-01-15']);
  });

  it('says how to start when no strategy exists', async () => {
    const { server } = await startTestBackend({
      features: [alignmentPlugin, catalogServiceMock.factory({ entities: [] })],
    });
    const response = await request(server)
      .get('/api/alignment/strategy')
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(404);
    expect(response.body.error.message).toMatch(
      /No Strategy entity is defined/,
    );
  });

  it('refuses unauthenticated callers', async () => {
    const { server } = await startTestBackend({
      features: [
        alignmentPlugin,
        catalogServiceMock.factory({ entities: [strategy] }),
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    });
    const response = await request(server).get('/api/alignment/strategy');
    expect(response.status).toBe(401);
  });
});
