import { mockServices } from '@backstage/backend-test-utils';
import { demoCatalogEntities } from './__testUtils__/exampleEntities';
import {
  acceptedAnswer,
  Answer,
  ROUTES,
  runAnswer,
  StandInBackend,
  startStandInBackend,
} from './__testUtils__/standInBackend';
import { demoOutcomeData } from './demoOutcomeData';
import { AlignmentOutcomesApi } from './outcomesApi';
import { seedDemoOutcomes } from './seedDemoOutcomes';

const TOKEN = 'test-token-of-the-demo-pipeline-0123456789';
const NOW = new Date('2026-11-28T12:00:00Z');
const entities = demoCatalogEntities();
const expected = demoOutcomeData(entities, NOW);

const notEvaluated: Answer = {
  status: 400,
  body: {
    error: {
      name: 'InputError',
      message:
        'Invalid facts: Lodestar has no evaluated entity component:default/signup-web: not in the catalog, not of an evaluated kind, or not evaluated yet',
    },
  },
};

function seed(
  backend: { baseUrl: string },
  options: { timeoutMs?: number; signal?: AbortSignal } = {},
) {
  const logger = mockServices.logger.mock();
  const outcome = seedDemoOutcomes({
    api: new AlignmentOutcomesApi({ baseUrl: backend.baseUrl, token: TOKEN }),
    readEntities: async () => entities,
    logger,
    now: () => NOW,
    pollIntervalMs: 10,
    timeoutMs: options.timeoutMs ?? 5_000,
    signal: options.signal,
  });
  return { outcome, logger };
}

const { latest: LATEST, facts: FACTS, measures: MEASURES } = ROUTES;

describe('seedDemoOutcomes', () => {
  let backend: StandInBackend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  it('waits for an evaluated catalog, retries facts for entities not evaluated yet, then pushes everything in batches', async () => {
    const latest = [
      { status: 404 },
      runAnswer('running', 0),
      runAnswer('succeeded', 57),
    ];
    let factPushes = 0;
    backend = await startStandInBackend(request => {
      if (request.path === LATEST) {
        return latest.shift() ?? runAnswer('succeeded', 57);
      }
      if (request.path === FACTS) {
        return ++factPushes === 1
          ? notEvaluated
          : acceptedAnswer(request.body, 4);
      }
      return acceptedAnswer(request.body, 1);
    });
    const { outcome, logger } = seed(backend);

    await expect(outcome).resolves.toBe('pushed');
    expect(backend.count('GET', LATEST)).toBe(3);
    // Nothing is pushed before the run has succeeded.
    const firstPush = backend.requests.findIndex(r => r.method === 'POST');
    expect(firstPush).toBe(3);
    for (const request of backend.requests) {
      expect(request.authorization).toBe(`Bearer ${TOKEN}`);
    }
    const facts = backend.requests.filter(r => r.path === FACTS);
    // The refused first batch, sent again, then the rest.
    expect(facts).toHaveLength(1 + Math.ceil(expected.facts.length / 1000));
    expect(facts[1].body).toEqual(facts[0].body);
    for (const request of facts) {
      expect(request.body.items.length).toBeLessThanOrEqual(1000);
    }
    expect(facts.slice(1).flatMap(r => r.body.items)).toEqual(expected.facts);
    const measures = backend.requests.filter(r => r.path === MEASURES);
    expect(measures.flatMap(r => r.body.items)).toEqual(expected.measures);

    expect(logger.info).toHaveBeenCalledTimes(1);
    const line = logger.info.mock.calls[0][0];
    expect(line).toContain('lodestar-demo-seed');
    expect(line).toContain(`${expected.facts.length * 4} values new`);
    expect(line).toContain(`${expected.measures.length} values`);
    expect(line).toContain(expected.silent[0]);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('sends a batch again after a server error', async () => {
    let factPushes = 0;
    backend = await startStandInBackend(request => {
      if (request.path === LATEST) return runAnswer('succeeded', 3);
      if (request.path === FACTS && ++factPushes === 2) {
        return { status: 503, body: { error: { message: 'Unavailable' } } };
      }
      return acceptedAnswer(request.body, 1);
    });
    await expect(seed(backend).outcome).resolves.toBe('pushed');
    const facts = backend.requests.filter(r => r.path === FACTS);
    expect(facts[2].body).toEqual(facts[1].body);
  });

  it('gives up, logging why, when no run succeeds before the deadline', async () => {
    backend = await startStandInBackend(() => runAnswer('failed', 12));
    const { outcome, logger } = seed(backend, { timeoutMs: 150 });

    await expect(outcome).resolves.toBe('gave-up');
    expect(backend.count('GET', LATEST)).toBeGreaterThan(1);
    expect(backend.requests.every(r => r.method === 'GET')).toBe(true);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('the latest evaluation is failed'),
    );
    expect(logger.info).not.toHaveBeenCalled();
  });

  it('gives up at once when the token is refused', async () => {
    backend = await startStandInBackend(() => ({
      status: 401,
      body: {
        error: { name: 'AuthenticationError', message: 'Illegal token' },
      },
    }));
    const { outcome, logger } = seed(backend);

    await expect(outcome).resolves.toBe('gave-up');
    expect(backend.requests).toHaveLength(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('refused the demo token (401: Illegal token)'),
    );
  });

  it('gives up without retrying a batch refused for another reason', async () => {
    backend = await startStandInBackend(request =>
      request.path === LATEST
        ? runAnswer('succeeded', 3)
        : {
            status: 400,
            body: {
              error: {
                name: 'InputError',
                message:
                  'Invalid facts: items.0.facts.cost is not a declared fact key',
              },
            },
          },
    );
    const { outcome, logger } = seed(backend);

    await expect(outcome).resolves.toBe('gave-up');
    expect(backend.count('POST', FACTS)).toBe(1);
    expect(backend.count('POST', MEASURES)).toBe(0);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'refused facts batch 1 of 3: Invalid facts: items.0.facts.cost',
      ),
    );
  });

  it('keeps trying while the backend cannot be reached, and gives up at the deadline', async () => {
    const closed = await startStandInBackend(() => ({ status: 500 }));
    await closed.close();
    const { outcome, logger } = seed(closed, { timeoutMs: 150 });

    await expect(outcome).resolves.toBe('gave-up');
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /no evaluated entities before the deadline; the last attempt failed: fetch failed \(.*ECONNREFUSED/,
      ),
    );
  });

  it('stops quietly when the backend shuts down', async () => {
    backend = await startStandInBackend(() => ({ status: 404 }));
    const shutdown = new AbortController();
    const { outcome, logger } = seed(backend, { signal: shutdown.signal });
    while (backend.requests.length < 2) {
      await new Promise(resolve => setTimeout(resolve, 5));
    }
    shutdown.abort();

    await expect(outcome).resolves.toBe('stopped');
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
