import { mockServices } from '@backstage/backend-test-utils';
import type { EntityProviderMutation } from '@backstage/plugin-catalog-node';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateLodestarEntity } from '@lodestar/backstage-plugin-alignment-common';
import { SyntheticEntityProvider } from './SyntheticEntityProvider';

function connection() {
  const mutations: EntityProviderMutation[] = [];
  return {
    mutations,
    applyMutation: async (m: EntityProviderMutation) => void mutations.push(m),
    refresh: async () => {},
  };
}

describe('SyntheticEntityProvider', () => {
  it('provides a whole company, as the catalog accepts it', async () => {
    const provider = new SyntheticEntityProvider({
      entities: 1000,
      logger: mockServices.logger.mock(),
    });
    const conn = connection();
    await provider.connect(conn);
    const [mutation] = conn.mutations;
    if (mutation.type !== 'full') throw new Error('expected a full mutation');
    const entities = mutation.entities.map(d => d.entity);
    const kinds = new Set(entities.map(e => e.kind));
    expect([...kinds].sort()).toEqual(
      [
        'API',
        'Component',
        'Domain',
        'Group',
        'Objective',
        'Principle',
        'Resource',
        'Strategy',
        'System',
        'User',
      ].sort(),
    );
    expect(entities.filter(e => e.kind === 'Principle')).toHaveLength(30);
    for (const entity of entities) {
      expect(entity.relations).toBeUndefined();
      expect(
        entity.metadata.annotations?.['backstage.io/managed-by-location'],
      ).toBe('synthetic:lodestar');
    }
    // The catalog rejects these without an owner or with kind-less refs.
    const owned = entities.filter(e =>
      ['Component', 'API', 'Resource', 'System'].includes(e.kind),
    );
    expect(owned.filter(e => !e.spec?.owner)).toEqual([]);
    const refs = entities.flatMap(e => (e.spec?.dependsOn as string[]) ?? []);
    expect(refs.length).toBeGreaterThan(100);
    expect(refs.filter(ref => !ref.includes(':'))).toEqual([]);
    const components = entities.filter(e => e.kind === 'Component');
    const averageBytes =
      components.reduce((sum, e) => sum + JSON.stringify(e).length, 0) /
      components.length;
    expect(averageBytes).toBeGreaterThan(1500);
  });

  it('adds valid active campaigns when asked', async () => {
    const provider = new SyntheticEntityProvider({
      entities: 1000,
      campaigns: 10,
      logger: mockServices.logger.mock(),
    });
    const conn = connection();
    await provider.connect(conn);
    const [mutation] = conn.mutations;
    if (mutation.type !== 'full') throw new Error('expected a full mutation');
    const campaigns = mutation.entities
      .map(d => d.entity)
      .filter(e => e.kind === 'Campaign');
    expect(campaigns.map(c => c.metadata.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `campaign-${i}`),
    );
    for (const campaign of campaigns) {
      expect(validateLodestarEntity(campaign)).toEqual([]);
    }
  });

  it('changes one percent of the evaluated entities per generation', async () => {
    const changeFile = join(mkdtempSync(join(tmpdir(), 'synthetic-')), 'gen');
    const provider = new SyntheticEntityProvider({
      entities: 1000,
      changeFile,
      logger: mockServices.logger.mock(),
    });
    const conn = connection();
    await provider.connect(conn);
    provider.close();
    expect(await provider.applyChanges(conn)).toBe(0);

    writeFileSync(changeFile, '1');
    expect(await provider.applyChanges(conn)).toBe(10);
    const delta = conn.mutations[1];
    if (delta.type !== 'delta') throw new Error('expected a delta mutation');
    expect(delta.added).toHaveLength(10);

    writeFileSync(changeFile, '3');
    expect(await provider.applyChanges(conn)).toBeGreaterThanOrEqual(19);
    expect(await provider.applyChanges(conn)).toBe(0);
  });
});
