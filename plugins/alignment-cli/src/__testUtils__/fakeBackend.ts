import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake backend received. */
export interface ReceivedRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** The answer the fake backend gives: a status and a body (JSON unless a string). */
export interface FakeAnswer {
  status: number;
  body: unknown;
}

/** A local HTTP server standing in for the Lodestar backend. */
export interface FakeBackend {
  /** Base URL to pass as `--url`. */
  url: string;
  /** Every request received, in order. */
  requests: ReceivedRequest[];
  /** Sets the answer to the next requests. */
  answer(next: FakeAnswer): void;
  /** Answers the next requests with these, one each, then as set with `answer`. */
  answerInTurn(...next: FakeAnswer[]): void;
  close(): Promise<void>;
}

/**
 * Starts a server on a free local port that records each request and
 * answers with the status and body last given to `answer`.
 */
export async function startFakeBackend(): Promise<FakeBackend> {
  const requests: ReceivedRequest[] = [];
  let current: FakeAnswer = { status: 500, body: { error: 'no answer set' } };
  const queued: FakeAnswer[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => {
      requests.push({
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const { status, body } = queued.shift() ?? current;
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        'content-type':
          typeof body === 'string' ? 'text/html' : 'application/json',
      });
      res.end(text);
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: next => {
      current = next;
    },
    answerInTurn: (...next) => {
      queued.push(...next);
    },
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve())),
      ),
  };
}

/** Backstage's error body, as its error middleware writes it. */
export function backstageError(
  status: number,
  name: string,
  message: string,
  url = '/api/alignment/preview',
) {
  return {
    error: { name, message },
    request: { method: 'POST', url },
    response: { statusCode: status },
  };
}
