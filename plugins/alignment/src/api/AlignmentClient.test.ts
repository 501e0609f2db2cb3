import { AlignmentClient } from './AlignmentClient';

function clientReturning(response: Response) {
  const fetch = jest.fn(async (_url: string) => response);
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
});
