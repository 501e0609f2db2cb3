import type { Entity } from '@backstage/catalog-model';
import { LODESTAR_API_VERSION } from '@lodestar/backstage-plugin-alignment-common';

// Another plugin may define a kind of the same name: only Lodestar's count.
function isLodestarKind(entity: Entity, kind: string): boolean {
  return (
    entity.apiVersion === LODESTAR_API_VERSION &&
    entity.kind.toLocaleLowerCase('en-US') === kind
  );
}

/**
 * True for Lodestar's Strategy entities, for `EntitySwitch.Case if={isStrategyEntity}`.
 * @public
 */
export function isStrategyEntity(entity: Entity): boolean {
  return isLodestarKind(entity, 'strategy');
}

/**
 * True for Lodestar's Objective entities.
 * @public
 */
export function isObjectiveEntity(entity: Entity): boolean {
  return isLodestarKind(entity, 'objective');
}

/**
 * True for Lodestar's Principle entities.
 * @public
 */
export function isPrincipleEntity(entity: Entity): boolean {
  return isLodestarKind(entity, 'principle');
}
