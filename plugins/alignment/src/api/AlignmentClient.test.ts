import { AlignmentClient } from './AlignmentClient';

function clientReturning(response: Response) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) => response);
  const client = new AlignmentClient({
    discoveryApi: { getBaseUrl: async () => 'http://backstage/api/alignment' },
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
  });
  return { client, fetch };
}

const billing = {
  kind: 'Component',
  namespace: 'default',
  name: 'billing-api',
};

describe('AlignmentClient', () => {
  it('reads the scorecard from the entity path', async () => {
    const { client, fetch } = clientReturning(
      new Response(
        JSON.stringify({
          entityRef: 'component:default/billing-api',
          score: 72,
        }),
        {
          headers: { 'content-type': 'application/json' },
        },
      ),
    );
    await expect(client.getScorecard(billing)).resolves.toMatchObject({
      score: 72,
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage/api/alignment/scorecards/component/default/billing-api',
      { method: 'GET' },
    );
  });

  it('puts filters and paging in the query, leaving empty ones out', async () => {
    const { client, fetch } = clientReturning(
      new Response(JSON.stringify({ items: [], totalItems: 0 }), {
        headers: { 'content-type': 'application/json' },
      }),
    );
    await client.listEntities(
      { owner: 'group:default/payments', level: 'drifting', q: '' },
      { sort: 'score', order: 'asc', limit: 50, cursor: 'abc' },
    );
    expect(fetch.mock.calls[0][0]).toBe(
      'http://backstage/api/alignment/entities?owner=group%3Adefault%2Fpayments&level=drifting&sort=score&order=asc&limit=50&cursor=abc',
    );
    await expect(
      client.getEntitiesCsvUrl({ signal: 'strategic' }),
    ).resolves.toBe(
      'http://backstage/api/alignment/entities.csv?signal=strategic',
    );
  });

  it('posts a waiver as JSON', async () => {
    const { client, fetch } = clientReturning(
      new Response(JSON.stringify({ id: 'w1' }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      }),
    );
    const waiver = {
      entityRef: 'component:default/billing-api',
      checkId: 'ownership.on-call',
      reason: 'Rota starts in July',
      expiresAt: '2026-07-01',
    };
    await expect(client.createWaiver(waiver)).resolves.toEqual({ id: 'w1' });
    expect(fetch.mock.calls[0]).toEqual([
      'http://backstage/api/alignment/waivers',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(waiver),
      },
    ]);
  });

  it("reads an entity's facts from its path, lowercased and encoded", async () => {
    const facts = {
      entityRef: 'component:default/billing-api',
      definitions: [],
      facts: [
        {
          key: 'deploymentFrequencyPerWeek',
          value: 5,
          observedAt: '2026-11-20T10:00:00.000Z',
          source: 'github-actions',
          stale: false,
          band: 'high',
          trend: [{ day: '2026-11-20', value: 5 }],
        },
      ],
      readByRules: ['deploymentFrequencyPerWeek'],
    };
    const { client, fetch } = clientReturning(
      new Response(JSON.stringify(facts), {
        headers: { 'content-type': 'application/json' },
      }),
    );
    await expect(
      client.getEntityFacts({
        kind: 'Component',
        namespace: 'Team A',
        name: 'billing-api',
      }),
    ).resolves.toEqual(facts);
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage/api/alignment/entities/component/team%20a/billing-api/facts',
      { method: 'GET' },
    );
  });

  it('throws for facts of an entity the backend does not know', async () => {
    const { client } = clientReturning(
      new Response(
        JSON.stringify({
          error: { name: 'NotFoundError', message: 'No such entity' },
          request: { method: 'GET', url: '/entities/component/default/x' },
          response: { statusCode: 404 },
        }),
        {
          status: 404,
          statusText: 'Not Found',
          headers: { 'content-type': 'application/json' },
        },
      ),
    );
    await expect(client.getEntityFacts(billing)).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
      body: { error: { message: 'No such entity' } },
    });
  });

  it('reads the execution gap', async () => {
    const gap = {
      objectives: [
        {
          objectiveRef: 'objective:default/win-us-midmarket',
          supporters: 3,
          meanScore: 88,
          driftingShare: 0,
          aligned: true,
          delivery: [],
          measures: {
            'on-track': 0,
            'at-risk': 0,
            'off-track': 1,
            stale: 0,
            'not-measured': 0,
          },
          outcome: 'off-track',
          quadrant: 'aligned-off-track',
        },
      ],
    };
    const { client, fetch } = clientReturning(
      new Response(JSON.stringify(gap), {
        headers: { 'content-type': 'application/json' },
      }),
    );
    await expect(client.getExecutionGap()).resolves.toEqual(gap);
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage/api/alignment/execution-gap',
      { method: 'GET' },
    );
  });

  it('treats a never-evaluated entity as no scorecard', async () => {
    const { client } = clientReturning(new Response('', { status: 404 }));
    await expect(client.getScorecard(billing)).resolves.toBeUndefined();
  });

  it("throws the server's error message", async () => {
    const { client } = clientReturning(
      new Response(
        JSON.stringify({
          error: { name: 'NotAllowedError', message: 'Unauthorized' },
          request: {
            method: 'GET',
            url: '/scorecards/component/default/billing-api',
          },
          response: { statusCode: 403 },
        }),
        {
          status: 403,
          statusText: 'Forbidden',
          headers: { 'content-type': 'application/json' },
        },
      ),
    );
    await expect(client.getScorecard(billing)).rejects.toMatchObject({
      name: 'ResponseError',
      body: { error: { message: 'Unauthorized' } },
    });
  });
  it('lists campaigns', async () => {
    const { client, fetch } = clientReturning(
      new Response(JSON.stringify({ items: [{ ref: 'campaign:default/x' }] }), {
        headers: { 'content-type': 'application/json' },
      }),
    );
    await expect(client.getCampaigns()).resolves.toEqual({
      items: [{ ref: 'campaign:default/x' }],
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage/api/alignment/campaigns',
      { method: 'GET' },
    );
  });

  it('reads one campaign by namespace and name, with its paging', async () => {
    const { client, fetch } = clientReturning(
      new Response(JSON.stringify({ campaign: { ref: 'campaign:ops/q3' } }), {
        headers: { 'content-type': 'application/json' },
      }),
    );
    await expect(
      client.getCampaign('campaign:Ops/Q3 docs', { cursor: 'c2', limit: 25 }),
    ).resolves.toEqual({ campaign: { ref: 'campaign:ops/q3' } });
    expect(fetch.mock.calls[0][0]).toBe(
      'http://backstage/api/alignment/campaigns/ops/q3%20docs?cursor=c2&limit=25',
    );
    const second = clientReturning(new Response('{}'));
    await second.client.getCampaign({
      kind: 'Campaign',
      namespace: 'default',
      name: 'docs',
    });
    expect(second.fetch.mock.calls[0][0]).toBe(
      'http://backstage/api/alignment/campaigns/default/docs',
    );
  });

  it('treats an unknown campaign as none', async () => {
    const { client } = clientReturning(new Response('', { status: 404 }));
    await expect(
      client.getCampaign('campaign:default/gone'),
    ).resolves.toBeUndefined();
  });

  it('accepts a campaign proposal by its id', async () => {
    const { client, fetch } = clientReturning(
      new Response(JSON.stringify({ id: 'a/b', status: 'accepted' }), {
        headers: { 'content-type': 'application/json' },
      }),
    );
    await expect(client.acceptCampaignProposal('a/b')).resolves.toBeUndefined();
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage/api/alignment/campaigns/proposals/a%2Fb/accept',
      { method: 'POST' },
    );
  });

  it('fails an acceptance with the server’s error', async () => {
    const { client } = clientReturning(
      new Response(
        JSON.stringify({
          error: { name: 'ConflictError', message: 'already accepted' },
          request: {
            method: 'POST',
            url: '/api/alignment/campaigns/proposals/p-1/accept',
          },
          response: { statusCode: 409 },
        }),
        { status: 409, headers: { 'content-type': 'application/json' } },
      ),
    );
    await expect(client.acceptCampaignProposal('p-1')).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 409,
      body: { error: { message: 'already accepted' } },
    });
  });
});
