import type { Entity } from '@backstage/catalog-model';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

const examples = resolvePackagePath(
  '@lodestar/backstage-plugin-alignment-backend',
  '../../examples',
);

/** The Meridian example catalog, as the catalog would serve it. */
export function loadMeridian(): Entity[] {
  return readdirSync(examples)
    .filter(name => /\.yaml$/.test(name) && name !== 'all.yaml')
    .flatMap(name =>
      parseAllDocuments(readFileSync(path.join(examples, name), 'utf8'))
        .map(doc => doc.toJS())
        .filter(value => value?.kind && value?.metadata?.name)
        .map(value => ({
          ...value,
          metadata: { namespace: 'default', ...value.metadata },
        })),
    );
}
