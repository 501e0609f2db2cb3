import type { Entity } from '@backstage/catalog-model';
import type { CheckResult, EntityAlignment } from '../model/results';
import { AlignmentEngine } from './AlignmentEngine';
import { CatalogSnapshot } from './CatalogSnapshot';
import { baseCatalog, entity, principle, REVIEWED } from './testCatalog';

const now = new Date('2026-06-01T00:00:00Z');

const service = (name: string, annotations: Record<string, string> = {}) =>
  entity(
    'Component',
    name,
    {
      type: 'service',
      lifecycle: 'production',
      owner: 'payments',
      system: 'procure-to-pay',
    },
    {
      annotations: {
        'lodestar.dev/objectives': 'win-us',
        'pagerduty.com/service-id': 'P1',
        ...annotations,
      },
    },
  );

const campaign = (name: string, spec: Record<string, unknown> = {}) =>
  entity('Campaign', name, {
    owner: 'architecture',
    revision: '2026-03-02',
    checks: ['intent.reviewed-since-revision', 'principle:has-docs'],
    startsAt: '2026-03-02',
    deadline: '2026-07-01',
    status: 'active',
    ...spec,
  });

const hasDocs = principle('has-docs', 'has(entity.metadata.annotations.docs)');

function evaluateAll(targets: Entity[], extra: Entity[]) {
  const snapshot = CatalogSnapshot.of([...baseCatalog, ...extra, ...targets]);
  const engine = AlignmentEngine.create({ snapshot });
  return targets.map(t => engine.evaluate(t, { now }));
}

function check(result: EntityAlignment, id: string): CheckResult {
  const found = result.pillars.flatMap(p => p.checks).find(c => c.id === id);
  if (!found) throw new Error(`no check ${id} in ${result.entityRef}`);
  return found;
}

describe('principles that take effect on a date', () => {
  const upcoming = principle(
    'has-runbook',
    'has(entity.metadata.annotations.runbook)',
    { severity: 'critical', effectiveFrom: '2026-09-01' },
  );

  it('are evaluated and shown as upcoming, without counting', () => {
    const [failing, passing] = evaluateAll(
      [
        service('billing', REVIEWED),
        service('ledger', { ...REVIEWED, runbook: 'https://runbooks/ledger' }),
      ],
      [upcoming],
    );
    expect(check(failing, 'principle:default/has-runbook')).toMatchObject({
      status: 'upcoming',
      statusWhenEffective: 'fail',
      effectiveFrom: '2026-09-01',
      message: expect.stringMatching(
        /^Counts from 2026-09-01; this entity does not comply yet\./,
      ),
      remediation: { text: 'Fix has-runbook.' },
    });
    expect(check(passing, 'principle:default/has-runbook')).toMatchObject({
      status: 'upcoming',
      statusWhenEffective: 'pass',
    });
    // A failing critical principle would cap the level; an upcoming one
    // leaves score, level and drift signals as they were.
    expect(failing.score).toBe(passing.score);
    expect(failing.level).toBe('aligned');
    expect(failing.signals).toEqual([]);
  });

  it('count from their date on', () => {
    const snapshot = CatalogSnapshot.of([
      ...baseCatalog,
      upcoming,
      service('billing', REVIEWED),
    ]);
    const result = AlignmentEngine.create({ snapshot }).evaluate(
      service('billing', REVIEWED),
      { now: new Date('2026-09-01T08:00:00Z') },
    );
    expect(check(result, 'principle:default/has-runbook').status).toBe('fail');
    expect(result.level).toBe('at-risk');
  });
});

describe('campaign standings', () => {
  it('judge each entity in scope by the campaign checks, worst first', () => {
    const [done, remaining, unreviewed] = evaluateAll(
      [
        service('billing', { ...REVIEWED, docs: 'yes' }),
        service('ledger', REVIEWED),
        service('invoices', { docs: 'yes' }),
      ],
      [hasDocs, campaign('realign')],
    );
    expect(done.campaigns).toEqual([
      { campaignRef: 'campaign:default/realign', state: 'done' },
    ]);
    expect(remaining.campaigns).toEqual([
      {
        campaignRef: 'campaign:default/realign',
        state: 'remaining',
        openChecks: ['principle:default/has-docs'],
      },
    ]);
    expect(unreviewed.campaigns?.[0]).toMatchObject({
      state: 'remaining',
      openChecks: ['intent.reviewed-since-revision'],
    });
  });

  it('leave out entities outside the scope, and cancelled campaigns', () => {
    const [result] = evaluateAll(
      [service('billing', REVIEWED)],
      [
        hasDocs,
        campaign('websites-only', { scope: { type: 'website' } }),
        campaign('called-off', { status: 'cancelled' }),
      ],
    );
    expect(result.campaigns).toBeUndefined();
  });

  it('count a waived failure as waived and an upcoming failure as remaining', () => {
    const runbook = principle(
      'has-runbook',
      'has(entity.metadata.annotations.runbook)',
      { effectiveFrom: '2026-09-01' },
    );
    const snapshot = CatalogSnapshot.of([
      ...baseCatalog,
      hasDocs,
      runbook,
      campaign('docs', { checks: ['principle:default/has-docs'] }),
      campaign('runbooks', { checks: ['principle:default/has-runbook'] }),
    ]);
    const result = AlignmentEngine.create({ snapshot }).evaluate(
      service('billing', REVIEWED),
      {
        now,
        waivers: [
          {
            entityRef: 'component:default/billing',
            checkId: 'principle:default/has-docs',
            expiresAt: '2026-12-01T00:00:00Z',
            reason: 'Docs move to the new portal in Q3',
          },
        ],
      },
    );
    expect(result.campaigns).toEqual([
      {
        campaignRef: 'campaign:default/docs',
        state: 'waived',
        openChecks: ['principle:default/has-docs'],
      },
      {
        campaignRef: 'campaign:default/runbooks',
        state: 'remaining',
        openChecks: ['principle:default/has-runbook'],
      },
    ]);
  });

  it('ignore an invalid campaign', () => {
    const [result] = evaluateAll(
      [service('billing', REVIEWED)],
      [hasDocs, campaign('broken', { checks: ['no-such-check'] })],
    );
    expect(result.campaigns).toBeUndefined();
  });
});
