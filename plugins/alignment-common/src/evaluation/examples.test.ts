import type { Entity } from '@backstage/catalog-model';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { EntityAlignment } from '../model/results';
import { AlignmentEngine } from './AlignmentEngine';
import { CatalogSnapshot } from './CatalogSnapshot';

const examples = path.resolve(__dirname, '../../../../examples');

function load(dir: string, skip: string[] = []): Entity[] {
  return readdirSync(dir).flatMap(name => {
    const file = path.join(dir, name);
    if (skip.includes(name)) return [];
    if (statSync(file).isDirectory()) return load(file, skip);
    if (!/\.ya?ml$/.test(name)) return [];
    return parseAllDocuments(readFileSync(file, 'utf8'))
      .map(doc => doc.toJS())
      .filter(value => value?.kind && value?.metadata?.name);
  });
}

function evaluateAll(entities: Entity[]): Map<string, EntityAlignment> {
  const engine = AlignmentEngine.create({
    snapshot: CatalogSnapshot.of(entities),
  });
  const now = new Date('2026-11-21T00:00:00Z');
  return new Map(
    entities
      .filter(e => engine.evaluates(e))
      .map(e => {
        const result = engine.evaluate(e, { now });
        return [result.entityRef, result];
      }),
  );
}

function failing(result: EntityAlignment | undefined): string[] {
  return (result?.pillars ?? [])
    .flatMap(p => p.checks)
    .filter(c => c.status === 'fail')
    .map(c => c.id)
    .sort();
}

describe('the Meridian example catalog', () => {
  const results = evaluateAll(load(examples, ['third-party', 'test-fixtures']));

  it('evaluates every component, API, resource and system without rule errors', () => {
    expect(results.size).toBeGreaterThanOrEqual(50);
    const errors = [...results.values()].flatMap(r =>
      r.pillars.flatMap(p => p.checks).filter(c => c.status === 'error'),
    );
    expect(errors).toEqual([]);
  });

  it('shows the spread the demo is meant to show', () => {
    const levels = { aligned: 0, 'at-risk': 0, drifting: 0 };
    for (const result of results.values()) levels[result.level] += 1;
    expect(levels.aligned).toBeGreaterThan(levels['at-risk']);
    expect(levels['at-risk']).toBeGreaterThanOrEqual(5);
    expect(levels.drifting).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['component:default/purchase-order-service', []],
    [
      'component:default/supplier-directory-service',
      ['intent.active-objectives'],
    ],
    [
      'component:default/payment-runs-service',
      ['intent.reviewed-since-revision'],
    ],
    ['component:default/trial-provisioner', ['ownership.on-call']],
    [
      'component:default/supplier-forum',
      [
        'intent.active-objectives',
        'intent.reviewed-since-revision',
        'ownership.has-members',
      ],
    ],
    [
      'component:default/legacy-edi-gateway',
      [
        'ownership.consistent-with-system',
        'ownership.is-group',
        'principle:default/owned-by-a-team',
      ],
    ],
    [
      'component:default/marketing-site',
      [
        'ownership.consistent-with-system',
        'ownership.resolves',
        'principle:default/owned-by-a-team',
      ],
    ],
    [
      'component:default/legacy-pdf-renderer',
      [
        'intent.declared',
        'principle:default/production-components-in-a-system',
      ],
    ],
    [
      'resource:default/marketplace-db',
      ['intent.active-objectives', 'principle:default/us-data-residency'],
    ],
  ])('%s fails exactly %j', (ref, expected) => {
    expect(failing(results.get(ref))).toEqual(expected);
  });

  it('names the successor of the retired network-effects objective', () => {
    const result = results.get('component:default/supplier-directory-service')!;
    const check = result.pillars[1].checks.find(
      c => c.id === 'intent.active-objectives',
    );
    expect(check?.message).toBe(
      'grow-supplier-network is retired; its successor is win-us-midmarket.',
    );
    expect(result.level).not.toBe('aligned');
  });
});

describe("Backstage's example catalog (foreign input)", () => {
  const entities = load(
    path.join(examples, 'third-party/backstage-example-catalog'),
  );

  it('evaluates every entity of an evaluated kind without throwing', () => {
    const results = evaluateAll(entities);
    expect(results.size).toBeGreaterThan(40);
    for (const result of results.values()) {
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
    }
  });

  it('fails dangling owners and users as owners, and reports missing intent', () => {
    const results = evaluateAll(entities);
    // The podcast system is owned by `user:team-b`, which is not a team.
    expect(failing(results.get('system:default/podcast'))).toContain(
      'ownership.is-group',
    );
    // No strategy exists here, so nothing can be reviewed against it.
    const any = results.values().next().value!;
    expect(
      any.pillars[1].checks.find(c => c.id === 'intent.reviewed-since-revision')
        ?.status,
    ).toBe('not-applicable');
  });
});
