import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { isPrincipleCheckId } from '@lodestar/backstage-plugin-alignment-common';
import type { ReactNode } from 'react';
import { checkLabel } from './refs';

/**
 * A check's name: a principle's links to the Principle's entity page (its
 * check id is its entity ref), other checks are plain text.
 *
 * @param props.children - what to show instead of the check's label, e.g. its title
 */
export function CheckName(props: { checkId: string; children?: ReactNode }) {
  const label = props.children ?? checkLabel(props.checkId);
  if (!isPrincipleCheckId(props.checkId)) return <>{label}</>;
  return <EntityRefLink entityRef={props.checkId}>{label}</EntityRefLink>;
}
