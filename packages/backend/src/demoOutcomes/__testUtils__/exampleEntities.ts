import type { Entity } from '@backstage/catalog-model';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

const EXAMPLES = path.resolve(__dirname, '../../../../../examples');
const THIRD_PARTY = 'third-party/backstage-example-catalog';

/** The entities of one example file, relative to examples/. */
export function entitiesOf(file: string): Entity[] {
  return parseAllDocuments(readFileSync(path.join(EXAMPLES, file), 'utf8'))
    .map(doc => doc.toJS())
    .filter(value => value?.kind && value?.metadata?.name);
}

/**
 * What the demo catalog holds of the kinds the demo data is made from:
 * Meridian's examples and strategy, and Backstage's own example catalog,
 * whose components serve no objective.
 */
export function demoCatalogEntities(): Entity[] {
  const thirdParty = ['components', 'systems', 'domains'].flatMap(dir =>
    readdirSync(path.join(EXAMPLES, THIRD_PARTY, dir))
      .filter(name => name.endsWith('.yaml'))
      .map(name => `${THIRD_PARTY}/${dir}/${name}`),
  );
  return [
    'domains.yaml',
    'systems.yaml',
    'components.yaml',
    'strategy.yaml',
    ...thirdParty,
  ].flatMap(entitiesOf);
}
