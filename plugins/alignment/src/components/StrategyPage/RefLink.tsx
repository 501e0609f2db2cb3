import type { ReactNode } from 'react';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';

/**
 * A link to an entity named by a possibly short ref (`leadership`,
 * `win-us-midmarket`), as entity specs write them. EntityRefLink builds its
 * path from the ref alone, ignoring `defaultKind`, and throws on a short
 * one; the ref is completed here first. A ref that cannot be parsed shows
 * as text.
 */
export function RefLink(props: {
  entityRef: string;
  defaultKind: string;
  defaultNamespace?: string;
  children?: ReactNode;
}) {
  let ref: string;
  try {
    ref = stringifyEntityRef(
      parseEntityRef(props.entityRef, {
        defaultKind: props.defaultKind,
        defaultNamespace: props.defaultNamespace,
      }),
    );
  } catch {
    return <>{props.children ?? props.entityRef}</>;
  }
  return <EntityRefLink entityRef={ref}>{props.children}</EntityRefLink>;
}
