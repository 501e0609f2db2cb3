import { parseEntityRef } from '@backstage/catalog-model';

/** `name` for refs in the default namespace, `namespace/name` otherwise. @public */
export function shortRef(ref: string): string {
  try {
    const { namespace, name } = parseEntityRef(ref);
    return namespace === 'default' ? name : `${namespace}/${name}`;
  } catch {
    return ref;
  }
}
