import { EXAMPLES, runForTest } from './__testUtils__/runForTest';

// The shop strategy plus the campaign fixture: a campaign over every
// Component, a cancelled one, and a principle upcoming until 2025-09-01.
const STRATEGY = ['--strategy', 'strategy', 'campaign'];

const campaignRun = (...args: string[]) =>
  runForTest(['check', 'catalog', ...STRATEGY, ...args]);

describe('lodestar check --campaign', () => {
  it("reports only the campaign's checks on the entities in its scope", async () => {
    const run = await campaignRun('--campaign', 'repeat-shoppers');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^Campaign campaign:default\/repeat-shoppers {2}Realign with the repeat-shopper revision\n {2}active, 2025-01-10 to 2025-09-30; checks intent.active-objectives, intent.reviewed-since-revision, principle:default\/services-expose-apis\n {2}3 entities in scope: 1 done, 2 remaining\n/,
    );
    // Components only: the system, API and resource are out of scope.
    expect(run.stdout).not.toContain('system:default/shop');
    expect(run.stdout).not.toContain('resource:default/orders-db');
    // Checks outside the campaign are not listed, the upcoming one included.
    expect(run.stdout).not.toContain('principle:default/teams-own-services');
    expect(run.stdout).not.toContain('services-have-runbooks');
    // Every severity fails a campaign run unless --fail-on says otherwise:
    // the medium review check counts.
    expect(run.stdout).toContain(
      '3 entities checked: 2 aligned, 0 at-risk, 1 drifting; 3 failing checks at or above low',
    );
  });

  it('summarises the campaign in JSON, with its counts and only its checks', async () => {
    const run = await campaignRun(
      '--campaign',
      'campaign:default/repeat-shoppers',
      '--format',
      'json',
    );
    const document = JSON.parse(run.stdout);
    expect(document.campaign).toEqual({
      ref: 'campaign:default/repeat-shoppers',
      title: 'Realign with the repeat-shopper revision',
      status: 'active',
      startsAt: '2025-01-10',
      deadline: '2025-09-30',
      checks: [
        'intent.active-objectives',
        'intent.reviewed-since-revision',
        'principle:default/services-expose-apis',
      ],
      counts: { done: 1, remaining: 2, waived: 0, errored: 0, 'no-data': 0 },
    });
    const ids = new Set(
      document.entities.flatMap((e: { checks: { id: string }[] }) =>
        e.checks.map(c => c.id),
      ),
    );
    expect([...ids].sort()).toEqual(document.campaign.checks);
  });

  it('lets --fail-on raise the threshold of a campaign run', async () => {
    const run = await campaignRun(
      '--campaign',
      'repeat-shoppers',
      '--fail-on',
      'critical',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 failing check at or above critical');
  });

  it('is a usage error, naming the campaigns there are, for an unknown ref', async () => {
    const run = await campaignRun('--campaign', 'realign-everything');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'lodestar: no campaign campaign:default/realign-everything in the --strategy files\n  campaigns found: campaign:default/repeat-shoppers\n',
    );
  });

  it('says a cancelled campaign is cancelled', async () => {
    const run = await campaignRun('--campaign', 'seller-cleanup');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'lodestar: campaign campaign:default/seller-cleanup is cancelled; it asks nothing of any entity\n',
    );
  });

  it('checks the Meridian example campaign: 8 services done, 6 remaining', async () => {
    const run = await runForTest(
      [
        'check',
        ...['apis', 'components', 'domains', 'org', 'resources', 'systems'].map(
          name => `${name}.yaml`,
        ),
        '--strategy',
        'strategy.yaml',
        '--campaign',
        'realign-march-2026',
        '--format',
        'json',
      ],
      // The campaign answers the 2026-03-02 revision: judge it after it.
      { cwd: EXAMPLES, now: new Date('2026-11-28T00:00:00Z') },
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).campaign.counts).toEqual({
      done: 8,
      remaining: 6,
      waived: 0,
      errored: 0,
      'no-data': 0,
    });
  });
});

describe('upcoming principles in lodestar check', () => {
  const run = (format: string) =>
    runForTest(['check', 'catalog', ...STRATEGY, '--format', format]);

  it('lists an upcoming principle a service will fail, without failing the run on it', async () => {
    const { stdout, code } = await run('text');
    expect(code).toBe(1); // for the failures the golden run has too
    expect(stdout).toContain(
      [
        '  UPCOMING high   principle:default/services-have-runbooks',
        '        Counts from 2025-09-01; this entity does not comply yet. Does not comply with "Services link their runbook".',
        "        Fix: Link the service's runbook, titled Runbook.",
      ].join('\n'),
    );
    expect(stdout).toContain(
      '3 upcoming checks will fail once in effect (not counted yet)',
    );
    expect(stdout).toContain('2 failing checks at or above high');
  });

  it('keeps the effective date and outcome in JSON', async () => {
    const document = JSON.parse((await run('json')).stdout);
    const upcoming = document.entities
      .flatMap((e: { checks: unknown[] }) => e.checks)
      .filter((c: { status: string }) => c.status === 'upcoming');
    expect(upcoming).toHaveLength(3);
    expect(upcoming[0]).toMatchObject({
      id: 'principle:default/services-have-runbooks',
      effectiveFrom: '2025-09-01',
      statusWhenEffective: 'fail',
    });
    expect(document.summary.checks.upcoming).toBe(3);
  });

  it('skips an upcoming check in JUnit, saying when it counts', async () => {
    const { stdout } = await run('junit');
    expect(stdout).toContain(
      '<skipped message="upcoming: Counts from 2025-09-01; this entity does not comply yet. Does not comply with &quot;Services link their runbook&quot;."/>',
    );
    expect(stdout).not.toMatch(/<failure[^>]*runbook/i);
  });

  it('makes an upcoming failure a SARIF note notification, not an alert', async () => {
    const sarif = JSON.parse((await run('sarif')).stdout);
    const [{ results, invocations }] = sarif.runs;
    expect(
      results.filter((r: { ruleId: string }) => r.ruleId.includes('runbooks')),
    ).toEqual([]);
    const notes = invocations[0].toolExecutionNotifications.filter(
      (n: { associatedRule: { id: string } }) =>
        n.associatedRule.id === 'principle:default/services-have-runbooks',
    );
    expect(notes).toHaveLength(3);
    expect(notes[0]).toMatchObject({
      level: 'note',
      message: {
        text: expect.stringContaining(
          'component:default/cart-service: Counts from 2025-09-01; this entity does not comply yet.',
        ),
      },
    });
  });
});
