import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runForTest } from './__testUtils__/runForTest';

// `lodestar check` reads no facts, so a rule that needs one is not run:
// its check is no-data, which must not fail the run even when critical.
function catalogWithFactRule(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lodestar-no-data-'));
  writeFileSync(
    path.join(dir, 'strategy.yaml'),
    [
      'apiVersion: lodestar.dev/v1alpha1',
      'kind: Principle',
      'metadata:',
      '  name: deploys-weekly',
      'spec:',
      '  owner: checkout',
      '  severity: critical',
      '  appliesTo:',
      '    kind: Component',
      "  rule: 'facts.deploymentFrequencyPerWeek >= 1'",
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'catalog.yaml'),
    [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Component',
      'metadata:',
      '  name: one',
      'spec:',
      '  type: service',
      '  lifecycle: production',
      '  owner: checkout',
      '',
    ].join('\n'),
  );
  return dir;
}

describe('lodestar check on a rule that reads facts', () => {
  const argv = [
    'check',
    'catalog.yaml',
    '--strategy',
    'strategy.yaml',
    '--fail-on',
    'critical',
  ];

  it('reports the check as no-data and does not fail on it', async () => {
    const run = await runForTest([...argv, '--format', 'json'], {
      cwd: catalogWithFactRule(),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(
      report.entities[0].checks.find(
        (c: { id: string }) => c.id === 'principle:default/deploys-weekly',
      ),
    ).toMatchObject({ status: 'no-data', severity: 'critical' });
    expect(report.summary.checks['no-data']).toBe(1);
    expect(report.summary.failingBySeverity.critical).toBe(0);
  });

  it('shows it in text apart from failures', async () => {
    const run = await runForTest(argv, { cwd: catalogWithFactRule() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  NO DATA critical  principle:default/deploys-weekly\n',
    );
    expect(run.stdout).toContain(
      '0 failing checks at or above critical; 1 check not run for want of data (missing or stale facts)',
    );
  });
});
