import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { entityContentHash } from '@lodestar/backstage-plugin-alignment-node';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import { CatalogChangeHandler } from './CatalogChangeHandler';

const component = (name: string, owner = 'payments'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', owner },
});

function setup(served: Entity[]) {
  let now = 0;
  const reevaluated: string[][] = [];
  const markChanged = jest.fn(async () => {});
  const requestFullRun = jest.fn();
  const handler = new CatalogChangeHandler({
    db: {
      contextChanges: { markChanged },
      published: { summaries: async () => [] },
    } as unknown as AlignmentDatabase,
    evaluatedKinds: ['Component', 'System'],
    logger: mockServices.logger.mock(),
    readEntities: async refs =>
      served.filter(e =>
        refs.includes(
          `${e.kind.toLocaleLowerCase('en-US')}:default/${e.metadata.name}`,
        ),
      ),
    previousVersion: () => undefined,
    reevaluate: refs => reevaluated.push(refs),
    requestFullRun,
    pollMs: 5,
    maxWaitMs: 1_000,
    now: () => now,
  });
  const announce = (entity: Entity) =>
    handler.add({
      entityRef: `${entity.kind.toLocaleLowerCase('en-US')}:default/${
        entity.metadata.name
      }`,
      kind: entity.kind,
      contentHash: entityContentHash(entity),
    });
  const pass = async (ms: number) => {
    now += ms;
    await new Promise(resolve => setTimeout(resolve, 30));
  };
  return { handler, announce, reevaluated, pass, markChanged, requestFullRun };
}

describe('CatalogChangeHandler', () => {
  it('gives up waiting for the announced content after a while, and evaluates what is served', async () => {
    const served = component('orders');
    const { handler, announce, reevaluated, pass } = setup([served]);
    announce(component('orders', 'altered-after-hashing'));
    await pass(500);
    expect(reevaluated).toEqual([]);
    await pass(600);
    await handler.idle();
    expect(reevaluated).toEqual([['component:default/orders']]);
  });

  it('drops a change whose entity the catalog never serves', async () => {
    const { handler, announce, reevaluated, pass } = setup([]);
    announce(component('ghost'));
    await pass(1_100);
    await handler.idle();
    expect(reevaluated).toEqual([]);
  });

  it('evaluates an entity announced twice once, with its latest content', async () => {
    const latest = component('orders', 'platform');
    const { handler, announce, reevaluated } = setup([latest]);
    announce(component('orders'));
    announce(latest);
    await handler.idle();
    expect(reevaluated).toEqual([['component:default/orders']]);
  });

  it('marks the context changed for a system, and evaluates the system itself', async () => {
    const system: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 'checkout', namespace: 'default' },
      spec: { owner: 'payments' },
    };
    const { handler, announce, reevaluated, markChanged } = setup([system]);
    announce(system);
    await handler.idle();
    expect(markChanged).toHaveBeenCalledTimes(1);
    expect(reevaluated).toEqual([['system:default/checkout']]);
  });

  it('asks for a whole run when a campaign changes: its standings are stored on every entity', async () => {
    const campaign: Entity = {
      apiVersion: 'lodestar.dev/v1alpha1',
      kind: 'Campaign',
      metadata: { name: 'realign', namespace: 'default' },
      spec: { owner: 'architecture', checks: ['intent.declared'] },
    };
    const { handler, announce, requestFullRun } = setup([campaign]);
    announce(campaign);
    await handler.idle();
    expect(requestFullRun).toHaveBeenCalledTimes(1);
  });
});
