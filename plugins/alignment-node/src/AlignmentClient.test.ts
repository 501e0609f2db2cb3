import { mockServices } from '@backstage/backend-test-utils';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { AlignmentClient } from './AlignmentClient';

describe('AlignmentClient', () => {
  let server: Server;
  let baseUrl: string;
  const seen: IncomingMessage[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req);
      if (req.url === '/api/alignment/scorecards/component/default/billing') {
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({ entityRef: 'component:default/billing', score: 87 }),
        );
      } else if (
        req.url?.startsWith(
          '/api/alignment/scorecards/component/default/broken',
        )
      ) {
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            error: { name: 'Error', message: 'database is down' },
            request: { method: 'GET', url: req.url },
            response: { statusCode: 500 },
          }),
        );
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${
      (server.address() as AddressInfo).port
    }/api/alignment`;
  });

  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

  const client = () =>
    new AlignmentClient({
      discovery: {
        getBaseUrl: async () => baseUrl,
        getExternalBaseUrl: async () => baseUrl,
      },
      auth: mockServices.auth(),
    });

  it('fetches a scorecard with a plugin-to-plugin token', async () => {
    await expect(client().getScorecard('component:billing')).resolves.toEqual({
      entityRef: 'component:default/billing',
      score: 87,
    });
    expect(seen.at(-1)?.headers.authorization).toMatch(/^Bearer .+/);
  });

  it('returns undefined for an entity that was never evaluated', async () => {
    await expect(
      client().getScorecard({
        kind: 'component',
        namespace: 'default',
        name: 'unknown',
      }),
    ).resolves.toBeUndefined();
  });

  it('surfaces server errors with their message', async () => {
    await expect(
      client().getScorecard('component:default/broken'),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      body: { error: { message: 'database is down' } },
    });
  });
});
