import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXAMPLES, FIXTURES, runForTest } from './__testUtils__/runForTest';

const STRATEGY = ['--strategy', 'strategy'];
const REPO = path.resolve(EXAMPLES, '..');

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lodestar-cli-'));
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const component = (name: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: checkout\n`;

describe('lodestar check exit codes', () => {
  it('exits 0 when nothing fails', async () => {
    const run = await runForTest([
      'check',
      'catalog/org.yaml',
      'catalog/shop.yaml',
      ...STRATEGY,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '4 entities checked: 4 aligned, 0 at-risk, 0 drifting; 0 failing checks at or above high',
    );
  });

  it('exits 1 when a check at or above --fail-on fails', async () => {
    const run = await runForTest([
      'check',
      'catalog/org.yaml',
      'catalog/shop.yaml',
      'catalog/cart.yaml',
      ...STRATEGY,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 failing check at or above high');
  });

  it('exits 0 with --fail-on critical when only high checks fail', async () => {
    const run = await runForTest([
      'check',
      'catalog/org.yaml',
      'catalog/shop.yaml',
      'catalog/cart.yaml',
      ...STRATEGY,
      '--fail-on',
      'critical',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('FAIL  high');
    expect(run.stdout).toContain('0 failing checks at or above critical');
  });

  it('exits 1 with --fail-on critical when a critical check fails', async () => {
    const run = await runForTest([
      'check',
      'catalog',
      ...STRATEGY,
      '--fail-on',
      'critical',
    ]);
    expect(run.code).toBe(1);
  });

  it('counts only failures, not checks that do not apply', async () => {
    // recommendations' owner is not among the files: the checks that need
    // the owner are not-applicable and must not fail the run at --fail-on low.
    const run = await runForTest([
      'check',
      'catalog/legacy.yaml',
      ...STRATEGY,
      '--format',
      'json',
    ]);
    const report = JSON.parse(run.stdout);
    expect(report.summary.checks['not-applicable']).toBeGreaterThan(0);
    expect(report.summary.failing).toBe(
      report.summary.failingBySeverity.critical +
        report.summary.failingBySeverity.high,
    );
  });

  it('exits 2 on broken YAML, locating it as file:line:column', async () => {
    const cwd = tempDir({
      'bad.yaml': 'apiVersion: v1\nkind: Component\nmetadata:\n  name: a: b\n',
    });
    const run = await runForTest(
      ['check', 'bad.yaml', '--strategy', path.join(EXAMPLES, 'strategy.yaml')],
      { cwd },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'bad.yaml:4:9: Nested mappings are not allowed in compact mappings\n',
    );
    expect(run.stdout).toBe('');
  });

  it('ends a hostile rule within its budget as an error and carries on', async () => {
    const digits = '[0,1,2,3,4,5,6,7,8,9]';
    const loops = `${digits}.all(a, ${digits}.all(b, ${digits}.all(c, ${digits}.all(d, ${digits}.all(e, ${digits}.all(f, ${digits}.all(g, ${digits}.all(h, a + b + c + d + e + f + g + h >= 0))))))))`;
    const hostile = (name: string, rule: string) =>
      `---\napiVersion: lodestar.dev/v1alpha1\nkind: Principle\nmetadata:\n  name: ${name}\nspec:\n  owner: checkout\n  severity: high\n  appliesTo:\n    kind: Component\n  rule: '${rule}'\n  rationale: Hostile.\n`;
    const cwd = tempDir({
      'hostile.yaml': [
        hostile('nested-loops', loops),
        hostile('backtracking', `"${'a'.repeat(40)}!".matches("^(a|aa)+$")`),
      ].join(''),
    });
    const started = Date.now();
    const run = await runForTest(
      [
        'check',
        path.join(FIXTURES, 'catalog/org.yaml'),
        path.join(FIXTURES, 'catalog/shop.yaml'),
        '--strategy',
        path.join(FIXTURES, 'strategy'),
        'hostile.yaml',
        '--format',
        'json',
      ],
      { cwd },
    );
    expect(Date.now() - started).toBeLessThan(5000);
    const checks = JSON.parse(run.stdout).entities.flatMap(
      (e: { checks: { id: string; status: string; message: string }[] }) =>
        e.checks,
    );
    expect(
      checks.find(
        (c: { id: string }) => c.id === 'principle:default/nested-loops',
      ),
    ).toMatchObject({
      status: 'error',
      message: expect.stringContaining(
        'exceeded its budget of 10000 comprehension iterations',
      ),
    });
    expect(
      checks.find(
        (c: { id: string }) => c.id === 'principle:default/backtracking',
      ),
    ).toMatchObject({ status: 'fail' });
    expect(
      checks.find(
        (c: { id: string }) =>
          c.id === 'principle:default/services-expose-apis',
      ),
    ).toMatchObject({ status: 'pass' });
  });

  it('exits 2 on an invalid principle, naming it and each problem', async () => {
    const run = await runForTest(
      [
        'check',
        'examples/components.yaml',
        '--strategy',
        'examples/strategy.yaml',
        'examples/test-fixtures/invalid-principle.yaml',
      ],
      { cwd: REPO },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      [
        'examples/test-fixtures/invalid-principle.yaml:3: invalid Principle "invalid-severity-principle"',
        '  spec.severity: must be one of critical, high, medium, low',
        '',
      ].join('\n'),
    );
    expect(run.stdout).toBe('');
  });

  it('exits 2 on a principle whose rule does not compile', async () => {
    const run = await runForTest(
      [
        'check',
        'examples/components.yaml',
        '--strategy',
        'examples/strategy.yaml',
        'examples/test-fixtures/uncompilable-principle.yaml',
      ],
      { cwd: REPO },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^examples\/test-fixtures\/uncompilable-principle\.yaml:3: the rule of Principle "uncompilable-rule-principle" does not compile: .+/,
    );
    expect(run.stdout).toBe('');
  });

  it('reports every strategy problem at once', async () => {
    const run = await runForTest(
      [
        'check',
        'examples/components.yaml',
        '--strategy',
        'examples/strategy.yaml',
        'examples/test-fixtures',
      ],
      { cwd: REPO },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'invalid Principle "invalid-severity-principle"',
    );
    expect(run.stderr).toContain(
      'the rule of Principle "uncompilable-rule-principle" does not compile',
    );
  });

  it('exits 2 on a principle under the wrong apiVersion', async () => {
    const cwd = tempDir({
      'strategy.yaml': [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Principle',
        'metadata:',
        '  name: wrong-api-version',
        'spec:',
        '  owner: checkout',
        '  severity: high',
        "  rule: 'true'",
        '',
      ].join('\n'),
      'catalog.yaml': component('one'),
    });
    const run = await runForTest(
      ['check', 'catalog.yaml', '--strategy', 'strategy.yaml'],
      { cwd },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      [
        'strategy.yaml:1: invalid Principle "wrong-api-version"',
        '  apiVersion: must be lodestar.dev/v1alpha1, got "backstage.io/v1alpha1"',
        '',
      ].join('\n'),
    );
  });

  it('only warns about a deprecated principle that does not compile', async () => {
    const cwd = tempDir({
      'strategy.yaml': [
        'apiVersion: lodestar.dev/v1alpha1',
        'kind: Principle',
        'metadata:',
        '  name: old-rule',
        'spec:',
        '  owner: checkout',
        '  severity: low',
        '  status: deprecated',
        "  rule: 'entity &&'",
        '',
      ].join('\n'),
      'catalog.yaml': component('one'),
    });
    const run = await runForTest(
      ['check', 'catalog.yaml', '--strategy', 'strategy.yaml'],
      { cwd },
    );
    expect(run.code).not.toBe(2);
    expect(run.stderr).toMatch(
      /^strategy\.yaml:1: warning: the rule of deprecated Principle "old-rule" does not compile: /,
    );
    expect(run.stdout).toContain('1 entity checked');
  });

  it('exits 2 when an entity is defined twice, naming both places', async () => {
    const cwd = tempDir({
      'a.yaml': component('twice'),
      'b.yaml': `# a copy\n${component('twice')}`,
    });
    const run = await runForTest(
      ['check', '.', '--strategy', path.join(EXAMPLES, 'strategy.yaml')],
      { cwd },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'b.yaml:2: Component "component:default/twice" is already defined at a.yaml:1',
    );
  });

  it('reads a file reached through both path lists once', async () => {
    // The campaign fixtures are strategy too: '.' reaches them as well.
    const run = await runForTest(['check', '.', ...STRATEGY, 'campaign']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('exits 2 when the strategy paths hold no strategy', async () => {
    const run = await runForTest([
      'check',
      'catalog',
      '--strategy',
      'catalog/org.yaml',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no Strategy, Objective, Principle or Campaign/);
  });

  it.each([
    [['check', 'catalog', ...STRATEGY, '--format', 'xml']],
    [['check', 'catalog', ...STRATEGY, '--fail-on', 'urgent']],
    [['check', 'catalog']],
    [['check', ...STRATEGY]],
    [['check', 'catalog', ...STRATEGY, '--no-such-option']],
    [['lint']],
  ])('exits 2 on the usage error %j', async argv => {
    const run = await runForTest(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error/);
    expect(run.stdout).toBe('');
  });

  it('exits 0 for --help', async () => {
    const run = await runForTest(['check', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--fail-on <severity>');
  });
});

describe('lodestar check colour', () => {
  const argv = ['check', 'catalog', ...STRATEGY];

  it('uses ANSI colour on a terminal', async () => {
    const run = await runForTest(argv, { isTTY: true });
    expect(run.stdout).toContain('\u001b[31m');
  });

  it('does not colour when stdout is not a terminal', async () => {
    const run = await runForTest(argv, { isTTY: false });
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('respects NO_COLOR', async () => {
    const run = await runForTest(argv, { isTTY: true, env: { NO_COLOR: '1' } });
    expect(run.stdout).not.toContain('\u001b[');
  });
});
