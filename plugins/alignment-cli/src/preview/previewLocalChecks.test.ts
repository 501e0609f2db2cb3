import path from 'node:path';
import { EXAMPLES, runForTest } from '../__testUtils__/runForTest';
import { FakeBackend, startFakeBackend } from '../__testUtils__/fakeBackend';
import { principleYaml, tempDir } from '../__testUtils__/previewFixtures';

// Everything here fails before the network: the fake backend must see no
// request at all.
describe('lodestar preview checks before sending', () => {
  let backend: FakeBackend;
  let cwd: string;

  beforeEach(async () => {
    backend = await startFakeBackend();
    cwd = tempDir({
      'bad-rule.yaml': principleYaml('bad-rule', { rule: "'entity &&'" }),
      'bad-severity.yaml': principleYaml('bad-severity', {
        severity: 'urgent',
      }),
      'deprecated.yaml': principleYaml('old', { status: 'deprecated' }),
      'two.yaml': [principleYaml('first'), principleYaml('second')].join(
        '---\n',
      ),
      'component.yaml':
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: c\n',
      'draft.json': JSON.stringify({
        apiVersion: 'lodestar.dev/v1alpha1',
        kind: 'Principle',
        metadata: { name: 'from-json' },
        spec: { owner: 'checkout', severity: 'low', rule: 'true' },
      }),
    });
  });
  afterEach(() => backend.close());

  const runOffline = async (argv: string[]) => {
    const result = await runForTest(['preview', ...argv], { cwd, env: {} });
    expect(backend.requests).toEqual([]);
    return result;
  };
  const preview = (args: string[]) =>
    runOffline([...args, '--url', backend.url, '--token', 't0k']);

  it('exits 1 on a rule that does not compile, worded as check words it', async () => {
    const run = await preview(['bad-rule.yaml']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^bad-rule\.yaml:1: the rule of Principle "bad-rule" does not compile: .+\n$/,
    );
  });

  it('gives the same message as check for an invalid principle', async () => {
    const fixture = path.join(EXAMPLES, 'test-fixtures/invalid-principle.yaml');
    const run = await preview([fixture]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      ':3: invalid Principle "invalid-severity-principle"\n  spec.severity: must be one of critical, high, medium, low\n',
    );
  });

  it('names each schema problem', async () => {
    const run = await preview(['bad-severity.yaml']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        'bad-severity.yaml:1: invalid Principle "bad-severity"',
        '  spec.severity: must be one of critical, high, medium, low',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 on a deprecated draft, which would check nothing', async () => {
    const run = await preview(['deprecated.yaml']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Principle "old" is deprecated');
  });

  it.each([
    [
      ['two.yaml'],
      'holds 2 Principles (first, second); choose one with --name',
    ],
    [['two.yaml', '--name', 'third'], 'no Principle named "third"'],
    [['component.yaml'], 'component.yaml: no Principle found'],
    [['missing.yaml'], 'missing.yaml:1:1: no such file or directory'],
    [['.'], 'is a directory'],
  ])('exits 2 on the input problem %j', async (args, message) => {
    const run = await preview(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it.each([
    [['draft.json', '--token', 't'], 'no backend URL; pass --url'],
    [['draft.json', '--url', 'http://localhost'], 'no token; pass --token'],
    [
      ['draft.json', '--url', 'ftp://x', '--token', 't'],
      'must be an http(s) URL',
    ],
  ])('exits 2 without the settings %j', async (args, message) => {
    const run = await runOffline(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('exits 2 on a usage error', async () => {
    const run = await preview(['draft.json', '--format', 'sarif']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error: option .*--format/);
  });
});
