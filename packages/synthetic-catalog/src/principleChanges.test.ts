import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { EntityProviderMutation } from '@backstage/plugin-catalog-node';
import {
  AlignmentEngine,
  CatalogSnapshot,
} from '@lodestar/backstage-plugin-alignment-common';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCatalog } from './generateCatalog';
import {
  CHANGING_PRINCIPLE,
  editPrinciple,
  PRINCIPLE_GENERATION_ANNOTATION,
} from './principleChanges';
import { SyntheticEntityProvider } from './SyntheticEntityProvider';

const CHECK_ID = `principle:default/${CHANGING_PRINCIPLE}`;

function connection() {
  const mutations: EntityProviderMutation[] = [];
  return {
    mutations,
    applyMutation: async (m: EntityProviderMutation) => void mutations.push(m),
    refresh: async () => {},
  };
}

function addedBy(mutation: EntityProviderMutation): Entity[] {
  if (mutation.type !== 'delta') throw new Error('expected a delta mutation');
  return mutation.added.map(d => d.entity);
}

/** Status of the changing principle's check on each entity it applies to. */
function statusesInScope(entities: Entity[]): Map<string, string> {
  const engine = AlignmentEngine.create({
    snapshot: CatalogSnapshot.of(entities),
  });
  const statuses = new Map<string, string>();
  for (const entity of entities.filter(e => engine.evaluates(e))) {
    const result = engine.evaluate(entity);
    const check = result.pillars
      .flatMap(p => p.checks)
      .find(c => c.id === CHECK_ID);
    if (check && check.status !== 'not-applicable')
      statuses.set(result.entityRef, check.status);
  }
  return statuses;
}

describe('principle changes', () => {
  const tmp = () => mkdtempSync(join(tmpdir(), 'synthetic-'));

  it('edits the principle each time the principle generation grows', async () => {
    const principleChangeFile = join(tmp(), 'principle-gen');
    const provider = new SyntheticEntityProvider({
      entities: 1000,
      principleChangeFile,
      logger: mockServices.logger.mock(),
    });
    const conn = connection();
    await provider.connect(conn);
    provider.close();
    expect(await provider.applyPrincipleChanges(conn)).toBe(0);

    writeFileSync(principleChangeFile, '1');
    expect(await provider.applyPrincipleChanges(conn)).toBe(1);
    const [edited] = addedBy(conn.mutations[1]);
    expect(edited.metadata.name).toBe(CHANGING_PRINCIPLE);
    expect(edited.metadata.annotations?.[PRINCIPLE_GENERATION_ANNOTATION]).toBe(
      '1',
    );
    const original = generateCatalog(1000).entities.find(
      e => e.metadata.name === CHANGING_PRINCIPLE,
    )!;
    expect(edited.spec?.rule).toBe(`!(${original.spec?.rule})`);

    writeFileSync(principleChangeFile, '2');
    expect(await provider.applyPrincipleChanges(conn)).toBe(1);
    const [restored] = addedBy(conn.mutations[2]);
    expect(restored.spec?.rule).toBe(original.spec?.rule);
    expect(
      restored.metadata.annotations?.[PRINCIPLE_GENERATION_ANNOTATION],
    ).toBe('2');
    expect(await provider.applyPrincipleChanges(conn)).toBe(0);
  });

  it('flips the check on every entity in scope, about 40% of them', () => {
    const { entities, evaluated } = generateCatalog(1000);
    const before = statusesInScope(entities);
    const edited = entities.map(e =>
      e.kind === 'Principle' && e.metadata.name === CHANGING_PRINCIPLE
        ? editPrinciple(e, 1)
        : e,
    );
    const after = statusesInScope(edited);

    expect(before.size / evaluated).toBeGreaterThan(0.35);
    expect(before.size / evaluated).toBeLessThan(0.5);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const flipped = { pass: 'fail', fail: 'pass' } as Record<string, string>;
    for (const [ref, status] of before) {
      expect(after.get(ref)).toBe(flipped[status]);
    }
  });

  it('tells benchmarks which entities a generation changes', async () => {
    const changeFile = join(tmp(), 'gen');
    const provider = new SyntheticEntityProvider({
      entities: 2000,
      changeFile,
      changePercent: 0.15,
      logger: mockServices.logger.mock(),
    });
    const conn = connection();
    await provider.connect(conn);
    provider.close();
    writeFileSync(changeFile, '1');
    expect(await provider.applyChanges(conn)).toBe(3);

    const refs = SyntheticEntityProvider.evaluatedRefsOf(
      generateCatalog(2000).entities,
    );
    const changed = addedBy(conn.mutations[1]).map(
      e => `${e.kind.toLocaleLowerCase('en-US')}:default/${e.metadata.name}`,
    );
    expect(changed.sort()).toEqual(
      SyntheticEntityProvider.picksForGeneration(refs, 1, 0.15).sort(),
    );
  });
});
