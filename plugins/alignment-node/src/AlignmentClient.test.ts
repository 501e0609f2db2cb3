import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { AlignmentClient } from './AlignmentClient';

const options = { credentials: mockCredentials.user('user:default/alice') };

describe('AlignmentClient', () => {
  let server: Server;
  let baseUrl: string;
  const seen: IncomingMessage[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req);
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/api/alignment/entities') {
        // Two pages, chained by cursor, like the backend's keyset paging.
        const second = url.searchParams.get('cursor') === 'page-2';
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            items: [
              {
                entityRef: second
                  ? 'component:default/search'
                  : 'component:default/billing',
                score: second ? 55 : 87,
              },
            ],
            totalItems: 2,
            nextCursor: second ? undefined : 'page-2',
          }),
        );
      } else if (
        req.url === '/api/alignment/scorecards/component/default/billing'
      ) {
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
    await expect(
      client().getScorecard('component:billing', options),
    ).resolves.toEqual({
      entityRef: 'component:default/billing',
      score: 87,
    });
    expect(seen.at(-1)?.headers.authorization).toMatch(/^Bearer .+/);
  });

  it('returns undefined for an entity that was never evaluated', async () => {
    await expect(
      client().getScorecard(
        { kind: 'component', namespace: 'default', name: 'unknown' },
        options,
      ),
    ).resolves.toBeUndefined();
  });

  it('lists entities page by page, passing the query through', async () => {
    const first = await client().listEntities(
      { limit: 1, sort: 'entityRef', kind: 'component' },
      options,
    );
    expect(first).toMatchObject({
      items: [{ entityRef: 'component:default/billing' }],
      nextCursor: 'page-2',
    });
    const firstUrl = new URL(seen.at(-1)!.url!, 'http://localhost');
    expect(Object.fromEntries(firstUrl.searchParams)).toEqual({
      limit: '1',
      sort: 'entityRef',
      kind: 'component',
    });
    expect(seen.at(-1)?.headers.authorization).toMatch(/^Bearer .+/);

    const second = await client().listEntities(
      { limit: 1, sort: 'entityRef', cursor: first.nextCursor },
      options,
    );
    expect(second.items[0].entityRef).toBe('component:default/search');
    expect(second.nextCursor).toBeUndefined();
    expect(seen.at(-1)?.url).toBe(
      '/api/alignment/entities?limit=1&sort=entityRef&cursor=page-2',
    );
  });

  it('treats a missing entities endpoint as an error, not an empty list', async () => {
    const broken = new AlignmentClient({
      discovery: {
        getBaseUrl: async () => `${baseUrl}/nowhere`,
        getExternalBaseUrl: async () => baseUrl,
      },
      auth: mockServices.auth(),
    });
    await expect(broken.listEntities({}, options)).rejects.toMatchObject({
      name: 'ResponseError',
      response: { status: 404 },
    });
  });

  it('surfaces server errors with their message', async () => {
    await expect(
      client().getScorecard('component:default/broken', options),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      body: { error: { message: 'database is down' } },
    });
  });

  it('refuses a call without credentials before making any request', async () => {
    const before = seen.length;
    await expect(
      client().getScorecard('component:billing', undefined as any),
    ).rejects.toThrow(/need \{ credentials \}/);
    expect(seen.length).toBe(before);
  });
});
