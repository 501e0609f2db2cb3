import path from 'node:path';
import { EXAMPLES, runForTest } from './__testUtils__/runForTest';

// The repository's real example data: Meridian (examples/*.yaml) and
// Backstage's own example catalog, which is messy on purpose: refs to
// entities that do not exist, an AiResource kind, an entity whose name
// Backstage rejects, and old and new copies of the same entities.
const REPO = path.resolve(EXAMPLES, '..');
const THIRD_PARTY = 'examples/third-party/backstage-example-catalog';
const MERIDIAN = [
  'apis',
  'components',
  'domains',
  'org',
  'resources',
  'strategy',
  'systems',
].map(name => `examples/${name}.yaml`);

interface JsonEntity {
  entityRef: string;
  level: string;
  checks: { id: string; status: string }[];
}

function failing(entity: JsonEntity | undefined): string[] {
  return (entity?.checks ?? [])
    .filter(c => c.status === 'fail')
    .map(c => c.id)
    .sort();
}

async function checkJson(paths: string[]) {
  const run = await runForTest(
    [
      'check',
      ...paths,
      '--strategy',
      'examples/strategy.yaml',
      '--format',
      'json',
    ],
    { cwd: REPO },
  );
  const report = run.code === 2 ? undefined : JSON.parse(run.stdout);
  const byRef = new Map<string, JsonEntity>(
    (report?.entities ?? []).map((e: JsonEntity) => [e.entityRef, e]),
  );
  return { run, report, byRef };
}

describe('lodestar check on the Meridian example', () => {
  it('reports the drift the example is built to show', async () => {
    const { run, report, byRef } = await checkJson(MERIDIAN);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(report.summary.entities).toBeGreaterThanOrEqual(50);
    expect(report.summary.checks.error).toBe(0);
    expect(report.principles).toHaveLength(13);
    // The CLI has no facts: checks reading them are counted apart.
    expect(report.summary.checks['no-data']).toBeGreaterThan(0);
    expect(
      failing(byRef.get('component:default/purchase-order-service')),
    ).toEqual([]);
    expect(failing(byRef.get('resource:default/marketplace-db'))).toEqual(
      expect.arrayContaining(['principle:default/us-data-residency']),
    );
    expect(failing(byRef.get('component:default/legacy-edi-gateway'))).toEqual(
      expect.arrayContaining(['ownership.is-group']),
    );
  });

  it('prints a text report that ends with the summary line', async () => {
    const run = await runForTest(
      ['check', ...MERIDIAN, '--strategy', 'examples/strategy.yaml'],
      { cwd: REPO },
    );
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n').pop()).toMatch(
      /^\d+ entities checked: \d+ aligned, \d+ at-risk, \d+ drifting; \d+ failing checks at or above high; \d+ upcoming checks will fail once in effect \(not counted yet\); \d+ checks not run for want of data \(missing or stale facts\)$/,
    );
  });

  it('ignores the test-fixture principles found outside --strategy', async () => {
    const { run } = await checkJson([...MERIDIAN, 'examples/test-fixtures']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'examples/test-fixtures/uncompilable-principle.yaml:3: Principle "uncompilable-rule-principle"',
    );
  });
});

describe("lodestar check on Backstage's example catalog", () => {
  // The current layout; the top-level *-component.yaml files are older
  // copies of the same entities.
  const current = [
    'acme',
    'acme-corp.yaml',
    'ai-resources',
    'apis',
    'components',
    'domains',
    'resources',
    'systems',
  ].map(name => `${THIRD_PARTY}/${name}`);

  it('evaluates what it can and reports what Backstage would reject', async () => {
    const { run, report, byRef } = await checkJson(current);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(report.summary.checks.error).toBe(0);

    // Rejected by Backstage: reported, not evaluated, and failing the run.
    expect(byRef.get('component:default/invalid component')).toMatchObject({
      level: 'invalid',
      score: null,
      checks: [
        {
          id: 'catalog.valid-entity',
          status: 'fail',
          severity: 'critical',
          message: expect.stringContaining('"metadata.name" is not valid'),
        },
      ],
    });

    // Not an evaluated kind: neither reported nor a problem.
    expect(
      [...byRef.keys()].filter(ref => ref.startsWith('airesource:')),
    ).toEqual([]);

    // A namespace other than default resolves its owner in that namespace
    // only when written short; here the owner is "default/team-a".
    expect(
      byRef.get('component:alternative/different-namespace'),
    ).toBeDefined();
  });

  it('exits 2 on the whole folder, which defines entities twice', async () => {
    const { run } = await checkJson([THIRD_PARTY]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `${THIRD_PARTY}/petstore-component.yaml:1: Component "component:default/petstore" is already defined at ${THIRD_PARTY}/components/petstore-component.yaml:1`,
    );
  });

  it('exits 2 on the whole examples folder for the same reason', async () => {
    const { run } = await checkJson(['examples']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/entities are defined more than once/);
  });
});
