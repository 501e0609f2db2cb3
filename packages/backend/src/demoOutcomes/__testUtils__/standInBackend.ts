import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the stand-in received. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: any;
}

/** What the stand-in answers. */
export type Answer = { status: number; body?: unknown };

/**
 * A stand-in alignment backend on a free local port: it answers each
 * request from a script and records them all.
 */
export async function startStandInBackend(
  answer: (request: RecordedRequest) => Answer,
) {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', chunk => {
      text += chunk;
    });
    req.on('end', () => {
      const request: RecordedRequest = {
        method: req.method!,
        path: req.url!,
        authorization: req.headers.authorization,
        body: text ? JSON.parse(text) : undefined,
      };
      requests.push(request);
      const { status, body } = answer(request);
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(body === undefined ? '' : JSON.stringify(body));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    count: (method: string, path: string) =>
      requests.filter(r => r.method === method && r.path === path).length,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A stand-in started by {@link startStandInBackend}. */
export type StandInBackend = Awaited<ReturnType<typeof startStandInBackend>>;

/** The route paths of the alignment backend the demo pipeline calls. */
export const ROUTES = {
  latest: '/api/alignment/evaluations/latest',
  facts: '/api/alignment/facts',
  measures: '/api/alignment/measures',
};

/** `GET /evaluations/latest`'s answer for a run. */
export function runAnswer(status: string, evaluated: number): Answer {
  return {
    status: 200,
    body: {
      id: 1,
      status,
      trigger: 'schedule',
      startedAt: '2026-11-28T11:00:00Z',
      evaluated,
    },
  };
}

/** A push's answer: every item accepted, `perItem` values each. */
export function acceptedAnswer(body: any, perItem: number): Answer {
  return {
    status: 200,
    body: { accepted: body.items.length * perItem, duplicates: 0 },
  };
}
