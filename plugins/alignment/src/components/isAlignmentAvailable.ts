import type { Entity } from '@backstage/catalog-model';
import { DEFAULT_ALIGNMENT_CONFIG } from '@lodestar/backstage-plugin-alignment-common';

const EVALUATED = new Set(
  DEFAULT_ALIGNMENT_CONFIG.evaluatedKinds.map(k =>
    k.toLocaleLowerCase('en-US'),
  ),
);

/**
 * True for the kinds Lodestar evaluates (Component, API, Resource, System),
 * for `EntityLayout.Route if={isAlignmentAvailable}`.
 * @public
 */
export function isAlignmentAvailable(entity: Entity): boolean {
  return EVALUATED.has(entity.kind.toLocaleLowerCase('en-US'));
}
