import { runForTest } from '../__testUtils__/runForTest';
import {
  backstageError,
  FakeBackend,
  startFakeBackend,
} from '../__testUtils__/fakeBackend';
import {
  PREVIEW,
  principleYaml,
  tempDir,
} from '../__testUtils__/previewFixtures';

describe('lodestar preview against the backend', () => {
  let backend: FakeBackend;
  let cwd: string;

  beforeEach(async () => {
    backend = await startFakeBackend();
    cwd = tempDir({
      'draft.yaml': principleYaml('services-expose-apis'),
      'two.yaml': [principleYaml('first'), principleYaml('second')].join(
        '---\n',
      ),
    });
  });
  afterEach(() => backend.close());

  const preview = (args: string[], env = {}) =>
    runForTest(['preview', ...args, '--url', backend.url, '--token', 't0k'], {
      cwd,
      env,
    });

  it('posts the draft with the token and prints the preview as text', async () => {
    backend.answer({ status: 200, body: PREVIEW });
    const run = await preview(['draft.yaml']);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(backend.requests).toHaveLength(1);
    const [request] = backend.requests;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/alignment/preview');
    expect(request.headers.authorization).toBe('Bearer t0k');
    expect(request.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request.body)).toEqual({
      principle: {
        apiVersion: 'lodestar.dev/v1alpha1',
        kind: 'Principle',
        metadata: { name: 'services-expose-apis' },
        spec: {
          owner: 'checkout',
          severity: 'high',
          appliesTo: { kind: 'Component' },
          rule: 'has(entity.spec.providesApis)',
        },
      },
    });
    expect(run.stdout).toContain(
      'Preview of principle:default/services-expose-apis',
    );
    expect(run.stdout).toContain(
      'Applies to 5 entities: 3 pass, 1 fail, 1 error',
    );
    expect(run.stdout).toContain('Mean score: 91 → 84');
    expect(run.stdout).toContain('aligned → at-risk  1');
    expect(run.stdout).toContain(
      '  group:default/checkout     2     1      0\n',
    );
    expect(run.stdout).toContain(
      'FAIL  component:default/cart  group:default/checkout  score 92 → 80',
    );
    expect(run.stdout).toContain(
      '        Does not comply with "Services expose APIs".',
    );
  });

  it('prints the backend answer as JSON with --format json', async () => {
    backend.answer({ status: 200, body: PREVIEW });
    const run = await preview(['draft.yaml', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(PREVIEW);
  });

  it('sends the Principle chosen with --name from a multi-document file', async () => {
    backend.answer({ status: 200, body: PREVIEW });
    const run = await preview(['two.yaml', '--name', 'second']);
    expect(run.code).toBe(0);
    expect(JSON.parse(backend.requests[0].body).principle.metadata.name).toBe(
      'second',
    );
  });

  it('reads the URL and token from LODESTAR_URL and LODESTAR_TOKEN', async () => {
    backend.answer({ status: 200, body: PREVIEW });
    const run = await runForTest(['preview', 'draft.yaml'], {
      cwd,
      env: { LODESTAR_URL: `${backend.url}/`, LODESTAR_TOKEN: 'from-env' },
    });
    expect(run.code).toBe(0);
    expect(backend.requests[0].url).toBe('/api/alignment/preview');
    expect(backend.requests[0].headers.authorization).toBe('Bearer from-env');
  });

  it('exits 1 with the message when the backend rejects the draft', async () => {
    backend.answer({
      status: 400,
      body: backstageError(
        400,
        'InputError',
        'The rule does not compile: unknown variable',
      ),
    });
    const run = await preview(['draft.yaml']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'draft.yaml:1: the backend rejected Principle "services-expose-apis":',
        '  The rule does not compile: unknown variable',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 when the token lacks the preview permission', async () => {
    backend.answer({
      status: 403,
      body: backstageError(
        403,
        'NotAllowedError',
        'You are not allowed to lodestar.principle.preview',
      ),
    });
    const run = await preview(['draft.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('you are not allowed to preview principles');
    expect(run.stderr).toContain('lodestar.principle.preview');
  });

  it('exits 2 when the backend refuses the token', async () => {
    backend.answer({
      status: 401,
      body: backstageError(401, 'AuthenticationError', 'Illegal token'),
    });
    const run = await preview(['draft.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'the backend did not accept the token (401): Illegal token',
    );
    expect(run.stderr).not.toContain('t0k');
  });

  it('exits 2 when the URL answers with something else than a preview', async () => {
    backend.answer({ status: 200, body: '<!doctype html><html></html>' });
    const run = await preview(['draft.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('did not answer with a principle preview');
  });

  it('exits 2 when the backend cannot be reached', async () => {
    const { url } = backend;
    await backend.close();
    backend = await startFakeBackend(); // closed again in afterEach
    const run = await runForTest(
      ['preview', 'draft.yaml', '--url', url, '--token', 't0k'],
      { cwd },
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^lodestar: cannot reach http:\/\/127\.0\.0\.1:\d+\/api\/alignment\/preview: /,
    );
  });
});
