import { runForTest } from '../__testUtils__/runForTest';
import {
  backstageError,
  FakeBackend,
  startFakeBackend,
} from '../__testUtils__/fakeBackend';
import { FACTS_ROUTE, receivedItems } from '../__testUtils__/factsFixtures';

describe('lodestar facts push with flags', () => {
  let backend: FakeBackend;
  beforeEach(async () => {
    backend = await startFakeBackend();
  });
  afterEach(() => backend.close());

  const push = (args: string[], env = {}) =>
    runForTest(
      ['facts', 'push', ...args, '--url', backend.url, '--token', 't0k'],
      { env },
    );
  const DORA = [
    '--entity',
    'component:default/cart',
    '--fact',
    'deploymentFrequencyPerWeek=12',
    '--fact',
    'leadTimeForChangesHours=20.5',
    '--fact',
    'changeFailureRate=4',
    '--fact',
    'timeToRestoreHours=1',
  ];

  it('posts one push with typed values and prints what was accepted', async () => {
    backend.answer({
      status: 200,
      body: { accepted: 4, duplicates: 0, reevaluating: 1 },
    });
    const run = await push([
      '--entity',
      'cart',
      '--fact',
      'deploymentFrequencyPerWeek=12',
      '--fact',
      'onCallTested=true',
      '--fact',
      'pipeline=build 1.2.3',
      '--fact',
      'hexIsText=0x10',
      '--observed-at',
      '2025-06-01T12:00:00+02:00',
      '--source',
      'jenkins',
    ]);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Accepted 4 facts for 1 entity (0 duplicates); 1 scorecard re-evaluating.\n',
    );
    const [request] = backend.requests;
    expect(request.method).toBe('POST');
    expect(request.url).toBe(FACTS_ROUTE);
    expect(request.headers.authorization).toBe('Bearer t0k');
    expect(request.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request.body)).toEqual({
      items: [
        {
          entityRef: 'cart',
          observedAt: '2025-06-01T12:00:00+02:00',
          source: 'jenkins',
          facts: {
            deploymentFrequencyPerWeek: 12,
            onCallTested: true,
            pipeline: 'build 1.2.3',
            hexIsText: '0x10',
          },
        },
      ],
    });
  });

  it('names the source lodestar-cli and leaves the time to the backend by default', async () => {
    backend.answer({
      status: 200,
      body: { accepted: 3, duplicates: 1, reevaluating: 0 },
    });
    const run = await push(DORA, {});
    expect(run.code).toBe(0);
    expect(receivedItems(backend)[0][0]).toEqual({
      entityRef: 'component:default/cart',
      source: 'lodestar-cli',
      facts: {
        deploymentFrequencyPerWeek: 12,
        leadTimeForChangesHours: 20.5,
        changeFailureRate: 4,
        timeToRestoreHours: 1,
      },
    });
    expect(run.stdout).toBe(
      'Accepted 3 facts for 1 entity (1 duplicate); 0 scorecards re-evaluating.\n',
    );
  });

  it('prints the backend answer as JSON with --format json', async () => {
    const answer = { accepted: 4, duplicates: 0, reevaluating: 1 };
    backend.answer({ status: 200, body: answer });
    const run = await push([...DORA, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(answer);
  });

  it('reads the URL and token from LODESTAR_URL and LODESTAR_TOKEN', async () => {
    backend.answer({
      status: 200,
      body: { accepted: 4, duplicates: 0, reevaluating: 1 },
    });
    const run = await runForTest(['facts', 'push', ...DORA], {
      env: { LODESTAR_URL: `${backend.url}/`, LODESTAR_TOKEN: 'from-env' },
    });
    expect(run.code).toBe(0);
    expect(backend.requests[0].url).toBe(FACTS_ROUTE);
    expect(backend.requests[0].headers.authorization).toBe('Bearer from-env');
  });

  it('exits 2 on bad flags, naming every problem, without a request', async () => {
    const run = await push([
      '--fact',
      '1stKey=3',
      '--fact',
      'rate',
      '--fact',
      'changeFailureRate=',
      '--fact',
      'ok=1',
      '--fact',
      'ok=2',
      '--observed-at',
      '2025-02-30T10:00:00Z',
      '--source',
      '',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(backend.requests).toHaveLength(0);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'lodestar: --fact rate: expected key=value',
      'lodestar: --fact changeFailureRate: has no value',
      'lodestar: --fact ok: given more than once',
      'lodestar: --entity: an entity ref is required, e.g. component:default/my-service',
      'lodestar: --source: a source is required, e.g. github-actions',
      'lodestar: --observed-at: must be an ISO 8601 timestamp with a time zone, e.g. 2025-06-01T12:00:00Z, got "2025-02-30T10:00:00Z"',
      'lodestar: --fact 1stKey: "1stKey" is not a fact key: it must start with a letter and hold only letters, digits and _',
    ]);
  });

  it('exits 2 without any fact, URL or token', async () => {
    const run = await runForTest(['facts', 'push', '--entity', 'cart']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'lodestar: no backend URL; pass --url or set LODESTAR_URL',
      'lodestar: no token; pass --token or set LODESTAR_TOKEN',
      'lodestar: --fact: at least one fact is required',
    ]);
  });

  it('exits 2 on a time without a time zone', async () => {
    const run = await push([...DORA, '--observed-at', '2025-06-01T10:00']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--observed-at: must be an ISO 8601');
  });

  it('exits 1 with the backend message when it rejects the facts (400)', async () => {
    backend.answer({
      status: 400,
      body: backstageError(
        400,
        'InputError',
        'items[0].facts.deployFreq: unknown fact key; declared keys are deploymentFrequencyPerWeek, …',
        FACTS_ROUTE,
      ),
    });
    const run = await push(DORA);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'lodestar: the backend rejected the facts (400):',
        '  items[0].facts.deployFreq: unknown fact key; declared keys are deploymentFrequencyPerWeek, …',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 with the backend message when the entity is not readable (403)', async () => {
    backend.answer({
      status: 403,
      body: backstageError(
        403,
        'NotAllowedError',
        'component:default/cart: not found or not readable',
        FACTS_ROUTE,
      ),
    });
    const run = await push(DORA);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        'lodestar: the backend rejected the facts (403):',
        '  component:default/cart: not found or not readable',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 when the backend refuses the token (401)', async () => {
    backend.answer({
      status: 401,
      body: backstageError(401, 'AuthenticationError', 'Illegal token'),
    });
    const run = await push(DORA);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'lodestar: the backend did not accept the token (401): Illegal token; pass a valid Backstage token with --token or LODESTAR_TOKEN\n',
    );
    expect(run.stderr).not.toContain('t0k');
  });

  it('exits 2 when the URL answers with something else than a push result', async () => {
    backend.answer({ status: 200, body: '<!doctype html><html></html>' });
    const run = await push(DORA);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('did not answer with a fact push result');
  });

  it('exits 2 when the backend has no facts endpoint (404)', async () => {
    backend.answer({
      status: 404,
      body: backstageError(404, 'NotFoundError', 'Not found'),
    });
    const run = await push(DORA);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no facts endpoint there (404)');
  });

  it('exits 2 when the backend cannot be reached', async () => {
    const { url } = backend;
    await backend.close();
    backend = await startFakeBackend(); // closed again in afterEach
    const run = await runForTest([
      'facts',
      'push',
      ...DORA,
      '--url',
      url,
      '--token',
      't0k',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^lodestar: cannot reach http:\/\/127\.0\.0\.1:\d+\/api\/alignment\/facts: /,
    );
  });
});
