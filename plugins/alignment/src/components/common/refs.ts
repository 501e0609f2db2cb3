import { parseEntityRef } from '@backstage/catalog-model';
import { isPrincipleCheckId } from '@lodestar/backstage-plugin-alignment-common';

/** `name` for refs in the default namespace, `namespace/name` otherwise. @public */
export function shortRef(ref: string): string {
  try {
    const { namespace, name } = parseEntityRef(ref);
    return namespace === 'default' ? name : `${namespace}/${name}`;
  } catch {
    return ref;
  }
}

/**
 * How a check id reads: a principle's check id is its entity ref, shown as
 * the principle's name (`namespace/name` outside the default namespace);
 * other checks (`ownership.on-call`) as they are.
 */
export function checkLabel(checkId: string): string {
  return isPrincipleCheckId(checkId) ? shortRef(checkId) : checkId;
}
