import type { Entity } from '@backstage/catalog-model';
import type { StoredResult } from '../database/types';
import { pipeRunPages } from './pipeRunPages';
import { RunPhaseClock } from './RunPhaseClock';

const page = (n: number): Entity[] => [
  { apiVersion: 'v1', kind: 'Component', metadata: { name: `c${n}` } },
];
const resultOf = (entities: Entity[]) =>
  entities.map(e => ({ entityRef: e.metadata.name } as StoredResult));

/** A log of what happened in which order, and steps that write to it. */
function recorder(pageCount: number) {
  const log: string[] = [];
  async function* pages() {
    for (let n = 1; n <= pageCount; n++) {
      log.push(`read ${n} start`);
      await new Promise(resolve => setTimeout(resolve, 5));
      log.push(`read ${n} done`);
      yield page(n);
    }
  }
  return { log, pages: pages() };
}

describe('pipeRunPages', () => {
  it('reads the next page while one is evaluated, and stages pages in order, one at a time', async () => {
    const { log, pages } = recorder(3);
    let stagingNow = 0;
    let mostStagingAtOnce = 0;
    await pipeRunPages({
      pages,
      lookUp: async () => undefined,
      evaluate: async entities => {
        const name = entities[0].metadata.name;
        log.push(`evaluate ${name}`);
        await new Promise(resolve => setTimeout(resolve, 10));
        return resultOf(entities);
      },
      stage: async results => {
        stagingNow += 1;
        mostStagingAtOnce = Math.max(mostStagingAtOnce, stagingNow);
        await new Promise(resolve => setTimeout(resolve, 15));
        log.push(`staged ${results[0].entityRef}`);
        stagingNow -= 1;
      },
      clock: new RunPhaseClock(),
    });
    // Page 2 was asked for before page 1's evaluation finished.
    expect(log.indexOf('read 2 start')).toBeLessThan(
      log.indexOf('evaluate c1') + 1,
    );
    expect(log.filter(l => l.startsWith('staged'))).toEqual([
      'staged c1',
      'staged c2',
      'staged c3',
    ]);
    expect(mostStagingAtOnce).toBe(1);
  });

  it('looks up what a page is compared with while the page before it is evaluated', async () => {
    const { log, pages } = recorder(2);
    const clock = new RunPhaseClock();
    const stagedWith: string[] = [];
    await pipeRunPages({
      pages,
      lookUp: async entities => {
        const name = entities[0].metadata.name;
        log.push(`look up ${name} start`);
        await new Promise(resolve => setTimeout(resolve, 5));
        return `served ${name}`;
      },
      evaluate: async (entities, served) => {
        log.push(`evaluate ${entities[0].metadata.name} with ${served}`);
        await new Promise(resolve => setTimeout(resolve, 30));
        log.push(`evaluated ${entities[0].metadata.name}`);
        return resultOf(entities);
      },
      stage: async (results, served) => {
        stagedWith.push(`${results[0].entityRef}: ${served}`);
      },
      clock,
    });
    expect(log).toContain('evaluate c1 with served c1');
    expect(log).toContain('evaluate c2 with served c2');
    expect(log.indexOf('look up c2 start')).toBeLessThan(
      log.indexOf('evaluated c1'),
    );
    expect(stagedWith).toEqual(['c1: served c1', 'c2: served c2']);
  });

  it('fails with the look-up, as storage, once the work under way is done', async () => {
    const { pages } = recorder(3);
    const clock = new RunPhaseClock();
    const staged: string[] = [];
    await expect(
      pipeRunPages({
        pages,
        lookUp: async entities => {
          if (entities[0].metadata.name === 'c2')
            throw new Error('connection lost');
          return undefined;
        },
        evaluate: async entities => resultOf(entities),
        stage: async results => {
          await new Promise(resolve => setTimeout(resolve, 20));
          staged.push(results[0].entityRef);
        },
        clock,
      }),
    ).rejects.toThrow('connection lost');
    expect(clock.failedPhase).toBe('storeMs');
    expect(staged).toEqual(['c1']);
  });

  it('charges each phase the time the run waited for it', async () => {
    const { pages } = recorder(2);
    const clock = new RunPhaseClock();
    const { phases } = clock;
    await pipeRunPages({
      pages,
      lookUp: async () => undefined,
      evaluate: async entities => {
        await new Promise(resolve => setTimeout(resolve, 20));
        return resultOf(entities);
      },
      stage: async () => {
        await new Promise(resolve => setTimeout(resolve, 40));
      },
      clock,
    });
    expect(phases.evaluateMs).toBeGreaterThanOrEqual(38);
    // The second page's staging overlaps nothing: at least its 40 ms.
    expect(phases.storeMs).toBeGreaterThanOrEqual(38);
    expect(phases.catalogReadMs).toBeGreaterThanOrEqual(4);
  });

  it('names the failed phase and lets the staging under way finish before throwing', async () => {
    const { pages } = recorder(5);
    const staged: string[] = [];
    const clock = new RunPhaseClock();
    await expect(
      pipeRunPages({
        pages,
        lookUp: async () => undefined,
        evaluate: async entities => {
          if (entities[0].metadata.name === 'c2')
            throw new Error('rule blew up');
          return resultOf(entities);
        },
        stage: async results => {
          await new Promise(resolve => setTimeout(resolve, 20));
          staged.push(results[0].entityRef);
        },
        clock,
      }),
    ).rejects.toThrow('rule blew up');
    expect(clock.failedPhase).toBe('evaluateMs');
    // Page 1 was being staged when page 2 failed; it finished first.
    expect(staged).toEqual(['c1']);
  });

  it('reports a catalog failure as the catalog read, with no unhandled rejection', async () => {
    async function* failing() {
      yield page(1);
      throw new Error('connect ECONNREFUSED');
    }
    const clock = new RunPhaseClock();
    await expect(
      pipeRunPages({
        pages: failing(),
        lookUp: async () => undefined,
        evaluate: async entities => {
          await new Promise(resolve => setTimeout(resolve, 10));
          return resultOf(entities);
        },
        stage: async () => undefined,
        clock,
      }),
    ).rejects.toThrow('ECONNREFUSED');
    expect(clock.failedPhase).toBe('catalogReadMs');
  });
});
