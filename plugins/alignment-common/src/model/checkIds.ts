import type { CompoundEntityRef } from '@backstage/catalog-model';
import { normalizeRef } from '../kinds/refs';

/**
 * What every principle check id starts with. Ownership and intent check ids
 * (`ownership.…`, `intent.…`) use a dot, so they can never start with it.
 * @public
 */
export const PRINCIPLE_CHECK_PREFIX = 'principle:';

/**
 * The check id of a principle: its entity ref in the canonical lowercase
 * form `principle:<namespace>/<name>`, e.g.
 * `principle:default/integrate-through-event-bus`. The full ref, not the bare
 * name, so that principles of the same name in two namespaces stay apart and
 * one cannot shadow the other. Short forms are accepted: `docs-as-code` and
 * `principle:docs-as-code` both give `principle:default/docs-as-code`.
 *
 * @param principleRef - the Principle entity's ref, in any of Backstage's forms
 * @throws TypeError when the ref cannot be parsed or names another kind
 * @public
 */
export function principleCheckId(principleRef: string): string {
  const ref = normalizeRef(principleRef, { defaultKind: 'principle' });
  if (!ref?.startsWith(PRINCIPLE_CHECK_PREFIX)) {
    throw new TypeError(`"${principleRef}" is not a Principle entity ref`);
  }
  return ref;
}

/**
 * True when the id is a principle's check id, `principle:<namespace>/<name>`;
 * false for ownership and intent checks, and for the `principle.<name>` ids
 * that earlier versions used. Cheap enough for the loops over every check of
 * every entity that count principle outcomes.
 * @public
 */
export function isPrincipleCheckId(id: string): boolean {
  if (!id.startsWith(PRINCIPLE_CHECK_PREFIX)) return false;
  // Split at the first slash, as Backstage's parseEntityRef does.
  const slash = id.indexOf('/', PRINCIPLE_CHECK_PREFIX.length);
  return slash > PRINCIPLE_CHECK_PREFIX.length && slash < id.length - 1;
}

/**
 * The Principle entity a check id names, as a compound ref: kind `principle`,
 * namespace `default` and name `docs-as-code` for
 * `principle:default/docs-as-code`. Undefined for ownership and intent
 * checks. For callers that link to the principle or show its name.
 * @public
 */
export function principleRefOfCheck(id: string): CompoundEntityRef | undefined {
  if (!isPrincipleCheckId(id)) return undefined;
  const slash = id.indexOf('/', PRINCIPLE_CHECK_PREFIX.length);
  return {
    kind: 'principle',
    namespace: id.slice(PRINCIPLE_CHECK_PREFIX.length, slash),
    name: id.slice(slash + 1),
  };
}
