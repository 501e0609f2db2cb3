import type { EntityRow } from '@lodestar/backstage-plugin-alignment-common';
import { groupByOwner } from './groupByOwner';

function row(name: string, owner?: string): EntityRow {
  return { entityRef: `component:default/${name}`, owner } as EntityRow;
}

describe('groupByOwner', () => {
  it('groups consecutive rows of one owner and keeps the order', () => {
    const groups = groupByOwner([
      row('a', 'group:default/x'),
      row('b', 'group:default/x'),
      row('c', 'group:default/y'),
      row('d'),
      row('e', ''),
    ]);
    expect(groups.map(g => [g.owner, g.rows.map(r => r.entityRef)])).toEqual([
      ['group:default/x', ['component:default/a', 'component:default/b']],
      ['group:default/y', ['component:default/c']],
      [undefined, ['component:default/d', 'component:default/e']],
    ]);
  });

  it('starts a new group when an owner comes back after another', () => {
    const groups = groupByOwner([
      row('a', 'group:default/x'),
      row('b', 'group:default/y'),
      row('c', 'group:default/x'),
    ]);
    expect(groups.map(g => g.owner)).toEqual([
      'group:default/x',
      'group:default/y',
      'group:default/x',
    ]);
    expect(groupByOwner([])).toEqual([]);
  });
});
