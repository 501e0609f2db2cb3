import type { Entity } from '@backstage/catalog-model';
import type { CheckResult, EntityAlignment } from '../model/results';
import { AlignmentEngine } from './AlignmentEngine';
import { CatalogSnapshot } from './CatalogSnapshot';
import { baseCatalog, entity, principle, REVIEWED } from './testCatalog';

const now = new Date('2026-06-01T00:00:00Z');

function evaluate(
  target: Entity,
  extra: Entity[] = [],
  options: { complete?: boolean } = {},
) {
  const snapshot = CatalogSnapshot.of(
    [...baseCatalog, ...extra, target],
    options,
  );
  return AlignmentEngine.create({ snapshot }).evaluate(target, { now });
}

function check(result: EntityAlignment, id: string): CheckResult {
  const found = result.pillars.flatMap(p => p.checks).find(c => c.id === id);
  if (!found) throw new Error(`no check ${id} in ${result.entityRef}`);
  return found;
}

const service = (
  spec: Record<string, unknown> = {},
  annotations: Record<string, string> = {},
) =>
  entity(
    'Component',
    'billing',
    {
      type: 'service',
      lifecycle: 'production',
      owner: 'payments',
      system: 'procure-to-pay',
      ...spec,
    },
    {
      annotations: {
        ...REVIEWED,
        'lodestar.dev/objectives': 'win-us',
        'pagerduty.com/service-id': 'P1',
        ...annotations,
      },
    },
  );

describe('AlignmentEngine', () => {
  it('scores a fully aligned service 100 and aligned', () => {
    const result = evaluate(service());
    expect(result).toMatchObject({
      entityRef: 'component:default/billing',
      score: 100,
      level: 'aligned',
      owner: 'group:default/payments',
      needsRevalidation: false,
      signals: [],
    });
    expect(result.pillars.map(p => p.id)).toEqual([
      'ownership',
      'intent',
      'principles',
    ]);
    const statuses = Object.fromEntries(
      result.pillars.flatMap(p => p.checks).map(c => [c.id, c.status]),
    );
    expect(statuses).toEqual({
      'ownership.declared': 'pass',
      'ownership.resolves': 'pass',
      'ownership.is-group': 'pass',
      'ownership.has-members': 'pass',
      'ownership.consistent-with-system': 'pass',
      'ownership.on-call': 'pass',
      'intent.declared': 'pass',
      'intent.active-objectives': 'pass',
      'intent.reviewed-since-revision': 'pass',
    });
  });

  describe('ownership', () => {
    it('fails a missing owner with a snippet to add one', () => {
      const orphan = entity(
        'Resource',
        'bucket',
        { type: 'bucket' },
        { annotations: REVIEWED },
      );
      const declared = check(evaluate(orphan), 'ownership.declared');
      expect(declared).toMatchObject({ status: 'fail', severity: 'critical' });
      expect(declared.remediation?.yaml).toContain(
        'owner: group:default/<team>',
      );
    });

    it('fails a dangling owner only when the snapshot is complete', () => {
      const dangling = service({ owner: 'group:growth-hacking' });
      expect(check(evaluate(dangling), 'ownership.resolves')).toMatchObject({
        status: 'fail',
        message:
          'Owner group:default/growth-hacking does not exist in the catalog.',
      });
      expect(
        check(evaluate(dangling, [], { complete: false }), 'ownership.resolves')
          .status,
      ).toBe('not-applicable');
    });

    it('fails a user as owner, even offline', () => {
      const result = evaluate(service({ owner: 'user:ada' }), [], {
        complete: false,
      });
      expect(check(result, 'ownership.is-group')).toMatchObject({
        status: 'fail',
        message: 'Owned by the user user:default/ada, not by a team.',
      });
    });

    it('fails a team without members', () => {
      expect(
        check(
          evaluate(service({ owner: 'empty-team' })),
          'ownership.has-members',
        ),
      ).toMatchObject({
        status: 'fail',
        message: 'group:default/empty-team has no members.',
      });
    });

    it('counts members from relations as well as memberOf', () => {
      const team = entity('Group', 'data', { type: 'team', children: [] });
      team.relations = [{ type: 'hasMember', targetRef: 'user:default/lin' }];
      expect(
        check(
          evaluate(service({ owner: 'data' }), [team]),
          'ownership.has-members',
        ).message,
      ).toBe('group:default/data has 1 member.');
    });

    it("fails an owner other than the system's", () => {
      const result = evaluate(service({ owner: 'architecture' }));
      expect(check(result, 'ownership.consistent-with-system')).toMatchObject({
        status: 'fail',
        message:
          'Owned by group:default/architecture, but its system system:default/procure-to-pay is owned by group:default/payments.',
      });
      expect(
        check(result, 'ownership.consistent-with-system').remediation?.yaml,
      ).toContain('owner: group:default/payments');
    });

    it('asks production services, and only them, for an on-call path', () => {
      const noPager = service({}, { 'pagerduty.com/service-id': '' });
      expect(check(evaluate(noPager), 'ownership.on-call').status).toBe('fail');
      const experimental = service(
        { lifecycle: 'experimental' },
        { 'pagerduty.com/service-id': '' },
      );
      expect(check(evaluate(experimental), 'ownership.on-call').status).toBe(
        'not-applicable',
      );
    });

    it('inherits the owner from the system and says so', () => {
      const api = entity(
        'API',
        'billing-api',
        { type: 'openapi', system: 'procure-to-pay' },
        {
          annotations: REVIEWED,
        },
      );
      const result = evaluate(api);
      expect(result.owner).toBe('group:default/payments');
      expect(result.ownerInheritedFrom).toBe('system:default/procure-to-pay');
      expect(check(result, 'ownership.declared')).toMatchObject({
        status: 'pass',
        inheritedFrom: 'system:default/procure-to-pay',
      });
    });
  });

  describe('strategic intent', () => {
    it('inherits objectives from the domain through the system', () => {
      const result = evaluate(service({}, { 'lodestar.dev/objectives': '' }));
      expect(result.objectives).toEqual([
        {
          ref: 'objective:default/win-us',
          status: 'active',
          inheritedFrom: 'domain:default/procurement',
        },
      ]);
      expect(check(result, 'intent.declared').inheritedFrom).toBe(
        'domain:default/procurement',
      );
    });

    it('fails an entity that serves nothing and suggests active objectives', () => {
      const lonely = entity(
        'Component',
        'tool',
        { type: 'library', lifecycle: 'production', owner: 'payments' },
        {
          annotations: REVIEWED,
        },
      );
      const declared = check(evaluate(lonely), 'intent.declared');
      expect(declared.status).toBe('fail');
      expect(declared.remediation?.yaml).toContain(
        'lodestar.dev/objectives: win-us',
      );
    });

    it('names the successor of a retired objective', () => {
      const result = evaluate(
        service({}, { 'lodestar.dev/objectives': 'grow-network' }),
      );
      const active = check(result, 'intent.active-objectives');
      expect(active).toMatchObject({
        status: 'fail',
        severity: 'critical',
        message: 'grow-network is retired; its successor is win-us.',
      });
      expect(active.remediation?.yaml).toContain(
        'lodestar.dev/objectives: win-us',
      );
      expect(result.objectives[0]).toMatchObject({
        status: 'retired',
        successor: 'objective:default/win-us',
      });
      expect(result.level).toBe('at-risk');
    });

    it('treats proposed and unknown objectives as not active', () => {
      const result = evaluate(
        service({}, { 'lodestar.dev/objectives': 'ai-sourcing, nonsense' }),
      );
      expect(check(result, 'intent.active-objectives').message).toBe(
        'ai-sourcing is only proposed, not active; nonsense does not exist in the catalog.',
      );
    });

    it('quotes a long revision by its first sentence, cut at a word', () => {
      const strategy = entity('Strategy', 'company', {
        owner: 'leadership',
        thesis: 'Win',
        revisions: [
          {
            date: '2026-03-02',
            trigger: 'funding-round',
            summary:
              'Series B closed after a long and winding process that took most of the winter and involved many investors in three countries. More text.',
          },
        ],
      });
      const target = service({}, { 'lodestar.dev/reviewed-at': '2025-01-01' });
      const snapshot = CatalogSnapshot.of([
        ...baseCatalog.filter(e => e.kind !== 'Strategy'),
        strategy,
        target,
      ]);
      const result = AlignmentEngine.create({ snapshot }).evaluate(target, {
        now,
      });
      expect(check(result, 'intent.reviewed-since-revision').message).toBe(
        'Last reviewed on 2025-01-01, before the 2026-03-02 revision (funding-round: Series B closed after a long and winding process that took most of the winter and…).',
      );
    });

    it('flags entities not reviewed since the latest revision', () => {
      const stale = evaluate(
        service({}, { 'lodestar.dev/reviewed-at': '2025-12-01' }),
      );
      expect(check(stale, 'intent.reviewed-since-revision')).toMatchObject({
        status: 'fail',
      });
      expect(check(stale, 'intent.reviewed-since-revision').message).toMatch(
        /^Last reviewed on 2025-12-01, before the 2026-03-02 revision \(funding-round: US mid-market expansion\)\.$/,
      );
      expect(stale.needsRevalidation).toBe(true);
      const never = evaluate(service({}, { 'lodestar.dev/reviewed-at': '' }));
      expect(check(never, 'intent.reviewed-since-revision').message).toMatch(
        /^Never reviewed/,
      );
      const garbled = evaluate(
        service({}, { 'lodestar.dev/reviewed-at': 'last week' }),
      );
      expect(check(garbled, 'intent.reviewed-since-revision').message).toBe(
        'lodestar.dev/reviewed-at "last week" is not an ISO date (YYYY-MM-DD).',
      );
      const impossible = evaluate(
        service({}, { 'lodestar.dev/reviewed-at': '2026-02-30' }),
      );
      expect(check(impossible, 'intent.reviewed-since-revision').message).toBe(
        'lodestar.dev/reviewed-at "2026-02-30" is not an ISO date (YYYY-MM-DD).',
      );
    });
  });

  describe('principles', () => {
    const apis = principle('exposes-apis', 'has(entity.spec.providesApis)', {
      appliesTo: { kind: 'component', type: 'service' },
    });

    it('checks matching entities only, with the rationale and the fix', () => {
      const result = evaluate(service(), [apis]);
      expect(check(result, 'principle:default/exposes-apis')).toEqual({
        id: 'principle:default/exposes-apis',
        pillar: 'principles',
        title: 'Principle exposes-apis',
        status: 'fail',
        severity: 'high',
        message: 'Does not comply with "Principle exposes-apis".',
        rationale: 'Why exposes-apis matters.',
        remediation: {
          text: 'Fix exposes-apis.',
          yaml: 'spec:\n  fixed: true\n',
        },
      });
      const library = service({ type: 'library' });
      expect(evaluate(library, [apis]).pillars[2].checks).toEqual([]);
    });

    it('matches selectors on tags, system and domain', () => {
      const tagged = principle('pci', 'true', {
        appliesTo: { tags: ['pci', 'sox'], domain: 'procurement' },
      });
      expect(evaluate(service({}, {}), [tagged]).pillars[2].checks).toEqual([]);
      const withTag = {
        ...service(),
        metadata: { ...service().metadata, tags: ['sox'] },
      };
      expect(
        check(evaluate(withTag, [tagged]), 'principle:default/pci').status,
      ).toBe('pass');
      const elsewhere = principle('other-domain', 'true', {
        appliesTo: { domain: 'finance' },
      });
      expect(evaluate(service(), [elsewhere]).pillars[2].checks).toEqual([]);
    });

    it('skips deprecated principles', () => {
      const old = principle('old', 'false', { status: 'deprecated' });
      expect(evaluate(service(), [old]).pillars[2].checks).toEqual([]);
    });

    it('reports a rule that does not compile as an error on every entity, and nothing else breaks', () => {
      const broken = principle('broken', 'has(entity.spec.owner) &&');
      const fine = principle('fine', "entity.spec.type == 'service'");
      const result = evaluate(service(), [broken, fine]);
      expect(check(result, 'principle:default/broken')).toMatchObject({
        status: 'error',
        message:
          'The rule of principle:default/broken does not compile: Unexpected token: EOF',
      });
      expect(check(result, 'principle:default/fine').status).toBe('pass');
      // A broken rule is the principle author's problem, not the service's.
      expect(result.score).toBe(100);
    });

    it('reports a hostile rule as an error within its budget, and the other checks are unchanged', () => {
      const digits = '[0,1,2,3,4,5,6,7,8,9]';
      const loops = principle(
        'loops',
        `${digits}.all(a, ${digits}.all(b, ${digits}.all(c, ${digits}.all(d, ${digits}.all(e, a + b + c + d + e >= 0)))))`,
      );
      const backtracking = principle(
        'backtracking',
        `"${'a'.repeat(40)}!".matches("^(a|aa)+$")`,
      );
      const fine = principle('fine', "entity.spec.type == 'service'");
      const started = Date.now();
      const result = evaluate(service(), [loops, backtracking, fine]);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(check(result, 'principle:default/loops')).toMatchObject({
        status: 'error',
        message:
          'The rule of principle:default/loops failed on this entity: exceeded its budget of 10000 comprehension iterations: its loops could run 111110 times on this entity',
      });
      expect(check(result, 'principle:default/backtracking').status).toBe(
        'fail',
      );
      expect(check(result, 'principle:default/fine').status).toBe('pass');
      expect(
        evaluate(service(), [fine]).pillars[2].checks.map(c => c.status),
      ).toEqual(['pass']);
    });

    it('reports a runtime error for that entity only', () => {
      const strict = principle('tier', "entity.metadata.labels.tier == 'gold'");
      const labelled = {
        ...service(),
        metadata: { ...service().metadata, labels: { tier: 'gold' } },
      };
      expect(
        check(evaluate(service(), [strict]), 'principle:default/tier'),
      ).toMatchObject({
        status: 'error',
        message:
          'The rule of principle:default/tier failed on this entity: No such key: labels',
      });
      expect(
        check(evaluate(labelled, [strict]), 'principle:default/tier').status,
      ).toBe('pass');
    });

    it('gives rules the resolved owner, system, domain and objectives', () => {
      const rich = principle(
        'context',
        "owner.spec.type == 'team' && system.metadata.name == 'procure-to-pay' && domain.metadata.name == 'procurement' && objectives.all(o, o.spec.status == 'active')",
      );
      expect(
        check(evaluate(service(), [rich]), 'principle:default/context').status,
      ).toBe('pass');
    });

    it('does not guess offline about variables it could not resolve', () => {
      const usesOwner = principle(
        'owner-team',
        "owner != null && owner.spec.type == 'team'",
      );
      const snapshot = CatalogSnapshot.of(
        [usesOwner, service({ owner: 'unknown-team' })],
        { complete: false },
      );
      const result = AlignmentEngine.create({ snapshot }).evaluate(
        service({ owner: 'unknown-team' }),
        { now },
      );
      expect(check(result, 'principle:default/owner-team').status).toBe(
        'not-applicable',
      );
    });
  });

  describe('waivers', () => {
    const stale = service({}, { 'lodestar.dev/reviewed-at': '2025-12-01' });
    const snapshot = CatalogSnapshot.of([...baseCatalog, stale]);
    const engine = AlignmentEngine.create({ snapshot });
    const waiver = {
      entityRef: 'component:default/billing',
      checkId: 'intent.reviewed-since-revision',
      reason: 'Review booked for July',
    };

    it('turns a failing check into waived until it expires', () => {
      const result = engine.evaluate(stale, {
        now,
        waivers: [{ ...waiver, expiresAt: '2026-07-01' }],
      });
      expect(check(result, 'intent.reviewed-since-revision')).toMatchObject({
        status: 'waived',
        message: expect.stringContaining(
          'Waived until 2026-07-01: Review booked for July.',
        ),
      });
      expect(result.score).toBe(100);
      expect(result.needsRevalidation).toBe(false);
    });

    it('ignores an expired waiver', () => {
      const result = engine.evaluate(stale, {
        now,
        waivers: [{ ...waiver, expiresAt: '2026-05-31' }],
      });
      expect(check(result, 'intent.reviewed-since-revision').status).toBe(
        'fail',
      );
    });
  });

  it('asks for no review against a revision dated in the future until its date', () => {
    const announced = entity('Strategy', 'next', {
      owner: 'leadership',
      thesis: 'The next thesis',
      revisions: [
        { date: '2026-09-01', trigger: 'market-expansion', summary: 'Europe' },
      ],
    });
    const target = service({}, REVIEWED);
    const engine = AlignmentEngine.create({
      snapshot: CatalogSnapshot.of([...baseCatalog, announced, target]),
    });
    const review = (at: string) =>
      check(
        engine.evaluate(target, { now: new Date(at) }),
        'intent.reviewed-since-revision',
      );
    expect(review('2026-08-31T23:00:00Z')).toMatchObject({
      status: 'pass',
      message: 'Reviewed on 2026-04-01, after 2026-03-02.',
    });
    expect(review('2026-09-01T00:00:00Z').status).toBe('fail');
    expect(
      engine.latestRevisionAt(new Date('2026-08-31T00:00:00Z')),
    ).toMatchObject({ date: '2026-03-02' });
    expect(
      engine.latestRevisionAt(new Date('2026-09-02T00:00:00Z')),
    ).toMatchObject({
      date: '2026-09-01',
      strategyRef: 'strategy:default/next',
    });
  });

  it('exposes principle compile statuses and the latest revision', () => {
    const snapshot = CatalogSnapshot.of([
      ...baseCatalog,
      principle('ok', 'true'),
      principle('broken', '1 +'),
      principle('invalid', 'true', { severity: 'urgent' }),
    ]);
    const engine = AlignmentEngine.create({ snapshot });
    expect(engine.latestRevision).toMatchObject({
      date: '2026-03-02',
      strategyRef: 'strategy:default/company',
    });
    // The invalid principle is left to the catalog's processing errors.
    expect(
      engine.principleStatuses().map(p => [p.name, p.compiled, p.error]),
    ).toEqual([
      ['broken', false, expect.stringMatching(/Unexpected token/)],
      ['ok', true, undefined],
    ]);
  });
});
