import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { uncompressedLoopbackCalls } from './uncompressedLoopbackCalls';

// Large enough for compression to apply (its threshold is 1 KB).
const BODY = { items: Array.from({ length: 200 }, (_, i) => `entity-${i}`) };

/** Backstage's own compression middleware, behind the handler under test. */
function app() {
  const middleware = MiddlewareFactory.create({
    config: mockServices.rootConfig(),
    logger: mockServices.logger.mock(),
  });
  const server = express();
  server.use(uncompressedLoopbackCalls);
  server.use(middleware.compression());
  server.get('/page', (_req, res) => res.json(BODY));
  return server;
}

describe('uncompressedLoopbackCalls', () => {
  it('leaves the response to another plugin of this backend uncompressed', async () => {
    const response = await request(app())
      .get('/page')
      .set(
        'User-Agent',
        'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)',
      )
      .set('Accept-Encoding', 'gzip,deflate');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toEqual(BODY);
  });

  it('still compresses for browsers', async () => {
    const response = await request(app())
      .get('/page')
      .set('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0')
      .set('Accept-Encoding', 'gzip,deflate');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.body).toEqual(BODY);
  });
});
