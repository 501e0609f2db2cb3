import type { Entity } from '@backstage/catalog-model';
import {
  declaredObjectiveRefs,
  isLodestarEntity,
  normalizeRef,
  refOf,
} from '@lodestar/backstage-plugin-alignment-common';
import type { DeliveryProfile } from './deliveryProfiles';
import { seededUnit } from './random';
import {
  DEMO_SEED,
  ERP_OBJECTIVE_REF,
  MARKETPLACE_DOMAIN_REF,
  SERVICES_WITHOUT_FACTS,
} from './story';

/** The component types a delivery pipeline reports on. */
const DEPLOYED_TYPES = ['service', 'website'];

/** A deployed component of the strategy, with how it delivers in the story. */
export interface DeliveryComponent {
  /** Canonical lowercase ref. */
  entityRef: string;
  type: string;
  lifecycle?: string;
  /** Canonical refs of the objectives it serves, declared or inherited. */
  objectiveRefs: string[];
  profile: DeliveryProfile;
}

function specString(entity: Entity | undefined, field: string) {
  const value = (entity?.spec as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function objectiveRefsOf(entity: Entity): string[] {
  return declaredObjectiveRefs(entity).map(
    ref =>
      normalizeRef(ref, {
        defaultKind: 'objective',
        defaultNamespace: entity.metadata.namespace,
      }) ?? ref,
  );
}

function parentRef(
  entity: Entity | undefined,
  field: 'system' | 'domain',
): string | undefined {
  const written = specString(entity, field);
  return written
    ? normalizeRef(written, {
        defaultKind: field,
        defaultNamespace: entity!.metadata.namespace,
      })
    : undefined;
}

/**
 * The deployed components (services and websites) that serve an objective,
 * declared on themselves or inherited from their System, else its Domain,
 * as Lodestar resolves them, with the delivery profile the story gives
 * them: the marketplace work (in the marketplace domain or serving a
 * retired objective), then the ERP connectors, then everyone else.
 * Components that serve no objective (Backstage's own example catalog)
 * are left out: they are no part of Meridian's story. Sorted by ref.
 */
export function deliveryComponents(
  entities: readonly Entity[],
): DeliveryComponent[] {
  const byRef = new Map(entities.map(e => [refOf(e), e]));
  const retired = new Set(
    entities
      .filter(
        e =>
          e.kind === 'Objective' &&
          isLodestarEntity(e) &&
          specString(e, 'status') === 'retired',
      )
      .map(refOf),
  );
  const components: DeliveryComponent[] = [];
  for (const entity of entities) {
    const type = specString(entity, 'type');
    if (entity.kind !== 'Component' || !type) continue;
    if (!DEPLOYED_TYPES.includes(type)) continue;
    const systemRef = parentRef(entity, 'system');
    const system = systemRef ? byRef.get(systemRef) : undefined;
    const domainRef = parentRef(system, 'domain');
    const domain = domainRef ? byRef.get(domainRef) : undefined;
    const objectiveRefs = [entity, system, domain]
      .map(source => (source ? objectiveRefsOf(source) : []))
      .find(refs => refs.length > 0);
    if (!objectiveRefs) continue;
    let profile: DeliveryProfile = 'steady';
    if (
      domainRef === MARKETPLACE_DOMAIN_REF ||
      objectiveRefs.some(ref => retired.has(ref))
    ) {
      profile = 'marketplace';
    } else if (objectiveRefs.includes(ERP_OBJECTIVE_REF)) {
      profile = 'erp';
    }
    components.push({
      entityRef: refOf(entity),
      type,
      lifecycle: specString(entity, 'lifecycle'),
      objectiveRefs,
      profile,
    });
  }
  return components.sort((a, b) => a.entityRef.localeCompare(b.entityRef));
}

/**
 * The refs of the steady production services left without facts, chosen
 * pseudo-randomly but the same on every start.
 */
export function componentsWithoutFacts(
  components: readonly DeliveryComponent[],
): Set<string> {
  const candidates = components
    .filter(
      c =>
        c.profile === 'steady' &&
        c.type === 'service' &&
        c.lifecycle === 'production',
    )
    .map(c => ({ ref: c.entityRef, draw: seededUnit(DEMO_SEED, c.entityRef) }))
    .sort((a, b) => a.draw - b.draw);
  return new Set(candidates.slice(0, SERVICES_WITHOUT_FACTS).map(c => c.ref));
}
