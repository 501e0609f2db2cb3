import type { Entity } from '@backstage/catalog-model';

/** Where the catalog says synthetic entities come from. */
export const SYNTHETIC_LOCATION = 'synthetic:lodestar';

const PROSE = [
  'It is called on the critical path of checkout, so its latency budget is tight.',
  'The team owns its on-call rotation and publishes a runbook for every alert.',
  'Data is replicated to a second region; failover is exercised every quarter.',
  'Breaking changes go through an RFC and a deprecation window of two releases.',
  'Its contract is versioned, and consumers are tracked in the API catalogue.',
  'Capacity is reviewed monthly against the traffic forecast of the business.',
];

/**
 * The generator also writes mistakes the catalog itself rejects (a
 * Component without an owner, an API without a definition, a dependency
 * without a kind); a real catalog never serves those, so they are made
 * into mistakes it accepts: a placeholder owner nobody resolves, a stub
 * definition, a ref defaulting to a component that does not exist.
 */
function acceptedByCatalog(entity: Entity): Entity['spec'] {
  const spec = { ...entity.spec } as Record<string, any>;
  if (['Component', 'API', 'Resource', 'System'].includes(entity.kind)) {
    spec.owner ??= 'unknown';
  }
  if (entity.kind === 'API') spec.definition ??= 'openapi: 3.0.0';
  if (Array.isArray(spec.dependsOn)) {
    spec.dependsOn = spec.dependsOn.map((ref: string) =>
      ref.includes(':') ? ref : `component:${ref}`,
    );
  }
  return spec;
}

/**
 * Turns a generated entity into what an entity provider hands the catalog:
 * relations are the catalog's job, so they are dropped; location annotations
 * are added; and Components, APIs and Resources get the prose and
 * annotations real ones carry (about 2 KB of YAML each), because the size
 * of entities is what the catalog reads and Lodestar parses.
 */
export function toProvidedEntity(entity: Entity, index: number): Entity {
  const { relations: _dropped, ...rest } = entity;
  const metadata = { ...rest.metadata };
  const annotations: Record<string, string> = {
    ...metadata.annotations,
    'backstage.io/managed-by-location': SYNTHETIC_LOCATION,
    'backstage.io/managed-by-origin-location': SYNTHETIC_LOCATION,
  };
  if (['Component', 'API', 'Resource'].includes(entity.kind)) {
    const name = metadata.name;
    const slug = `acme/${name}`;
    annotations[
      'backstage.io/view-url'
    ] ??= `https://github.com/${slug}/blob/main/catalog-info.yaml`;
    annotations[
      'backstage.io/edit-url'
    ] ??= `https://github.com/${slug}/edit/main/catalog-info.yaml`;
    annotations['sonarqube.org/project-key'] ??= `acme_${name}`;
    annotations['backstage.io/kubernetes-id'] ??= name;
    annotations['grafana/dashboard-selector'] ??= `tags @> 'service:${name}'`;
    const sentences = [0, 1, 2, 3, 4, 5].map(
      i => PROSE[(index + i) % PROSE.length],
    );
    metadata.description = [metadata.description, ...sentences]
      .filter(Boolean)
      .join(' ');
  }
  metadata.annotations = annotations;
  return { ...rest, metadata, spec: acceptedByCatalog(entity) };
}
