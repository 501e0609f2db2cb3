/* eslint-disable no-nested-ternary -- weighted choices of generated shapes read best inline. */
/*
 * Synthetic catalogs for the benchmark.
 *
 * The shape follows what the backend gets from the catalog API, because the
 * engine's cost depends on it: entities carry relations, annotations, links
 * and tags; owners and systems are written in Backstage's short and long ref
 * forms; and a realistic share of the catalog is messy (dangling owners,
 * people as owners, unknown systems, missing annotations, retired
 * objectives), so every branch of the checks is exercised, not just the
 * happy path. The PRNG is seeded so that every run, on every machine, sees
 * exactly the same catalog.
 */
import type { Entity } from '@backstage/catalog-model';
import { principleEntities } from './principles';

/** mulberry32: tiny, fast and good enough to make test data deterministic. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (min: number, max: number) =>
      min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T =>
      items[Math.floor(next() * items.length)],
    /** Picks by weight: [[value, weight], ...]. */
    weighted: <T>(choices: ReadonlyArray<readonly [T, number]>): T => {
      let total = 0;
      for (const [, w] of choices) total += w;
      let r = next() * total;
      for (const [value, w] of choices) {
        r -= w;
        if (r < 0) return value;
      }
      return choices[choices.length - 1][0];
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      const out = new Set<T>();
      while (out.size < Math.min(count, items.length)) {
        out.add(items[Math.floor(next() * items.length)]);
      }
      return [...out];
    },
  };
}

type Random = ReturnType<typeof createRandom>;
type Spec = NonNullable<Entity['spec']>;

const BACKSTAGE = 'backstage.io/v1alpha1';
const LODESTAR = 'lodestar.dev/v1alpha1';

/** The objectives of the synthetic strategy: 4 active, 1 retired, 1 proposed. */
export const OBJECTIVES = [
  { name: 'win-us-midmarket', status: 'active' },
  { name: 'enterprise-readiness', status: 'active' },
  { name: 'reliable-at-scale', status: 'active' },
  { name: 'self-serve-adoption', status: 'active' },
  { name: 'grow-supplier-network', status: 'retired' },
  { name: 'ai-assisted-sourcing', status: 'proposed' },
] as const;

const ACTIVE_OBJECTIVES = OBJECTIVES.filter(o => o.status === 'active').map(
  o => o.name,
);

const DOMAIN_NAMES = [
  'payments',
  'identity',
  'procurement',
  'platform',
  'data',
  'growth',
  'marketplace',
  'integrations',
];

const WORDS = [
  'invoice',
  'order',
  'ledger',
  'catalog',
  'search',
  'billing',
  'pricing',
  'checkout',
  'supplier',
  'approval',
  'receipt',
  'audit',
  'notify',
  'report',
  'sync',
  'profile',
  'session',
  'token',
  'export',
  'budget',
];

const LANGUAGES = ['java', 'kotlin', 'go', 'python', 'typescript', 'rust'];
const OTHER_TAGS = [
  'backend',
  'frontend',
  'internal',
  'customer-facing',
  'pci',
  'tier-1',
  'tier-2',
  'grpc',
  'rest',
  'events',
  'legacy',
  'react',
  'batch',
];

const REVIEW_DATES = [
  '2025-02-11',
  '2025-09-30',
  '2026-01-15',
  '2026-03-10',
  '2026-04-22',
  '2026-05-06',
];

/** A generated catalog: every entity, and how many of them are evaluated. */
export interface GeneratedCatalog {
  entities: Entity[];
  /** Components, APIs, Resources and Systems: what the engine scores. */
  evaluated: number;
  counts: Record<string, number>;
}

interface Org {
  teams: string[];
  departments: string[];
  users: string[];
}

function tagsFor(random: Random, base: string[]): string[] | undefined {
  // One entity in ten has no tags field at all; a few have far too many.
  if (random.chance(0.1)) return undefined;
  const tags = new Set(base);
  const extra = random.chance(0.03) ? random.int(9, 11) : random.int(0, 3);
  for (let i = 0; i < extra; i++) {
    tags.add(random.pick(random.chance(0.3) ? LANGUAGES : OTHER_TAGS));
  }
  return [...tags];
}

function objectivesAnnotation(random: Random): string {
  const names = new Set<string>();
  const count = random.chance(0.25) ? 2 : 1;
  for (let i = 0; i < count; i++) {
    names.add(
      random.weighted<string>([
        [random.pick(ACTIVE_OBJECTIVES), 85],
        ['grow-supplier-network', 9],
        ['ai-assisted-sourcing', 4],
        ['ghost-objective', 2],
      ]),
    );
  }
  return [...names].join(', ');
}

/**
 * Owner ref as people write it: mostly the short team name, sometimes the
 * full ref, sometimes a department, a person or a team that no longer exists.
 */
function ownerFor(random: Random, org: Org, preferred?: string): string {
  const kind = random.weighted<string>([
    ['preferred', preferred ? 70 : 0],
    ['team', 18],
    ['department', 4],
    ['user', 3],
    ['dangling', 3],
  ]);
  switch (kind) {
    case 'preferred':
      return preferred!;
    case 'department':
      return random.pick(org.departments);
    case 'user':
      return `user:default/${random.pick(org.users)}`;
    case 'dangling':
      return `team-gone-${random.int(1, 40)}`;
    default: {
      const team = random.pick(org.teams);
      return random.chance(0.3) ? `group:default/${team}` : team;
    }
  }
}

function relations(pairs: Array<[string, string | undefined]>) {
  const out: { type: string; targetRef: string }[] = [];
  for (const [type, target] of pairs) {
    if (target) out.push({ type, targetRef: target });
  }
  return out;
}

function groupRef(owner: string): string {
  if (owner.includes(':')) return owner;
  return `group:default/${owner}`;
}

/**
 * Generates a catalog with `evaluated` scored entities (Components, APIs,
 * Resources, Systems) plus the organisation, domains and strategy around
 * them, scaled with the catalog (about one team per 100 entities).
 */
export function generateCatalog(
  evaluated: number,
  seed = 20260302,
): GeneratedCatalog {
  const random = createRandom(seed ^ evaluated);
  const entities: Entity[] = [];
  const counts: Record<string, number> = {};
  const push = (entity: Entity) => {
    entities.push(entity);
    counts[entity.kind] = (counts[entity.kind] ?? 0) + 1;
  };

  // ---------------------------------------------------------------- org
  const teamCount = Math.max(8, Math.round(evaluated / 100));
  const departmentCount = Math.max(2, Math.round(teamCount / 10));
  const org: Org = { teams: [], departments: [], users: [] };
  push({
    apiVersion: BACKSTAGE,
    kind: 'Group',
    metadata: { name: 'acme', namespace: 'default', title: 'Acme Inc.' },
    spec: { type: 'organization', children: [] },
  });
  for (let d = 0; d < departmentCount; d++) {
    org.departments.push(`dept-${d}`);
    push({
      apiVersion: BACKSTAGE,
      kind: 'Group',
      metadata: { name: `dept-${d}`, namespace: 'default' },
      spec: { type: 'department', parent: 'acme', children: [] },
      relations: [{ type: 'childOf', targetRef: 'group:default/acme' }],
    });
  }
  let userIndex = 0;
  const members: string[][] = [];
  for (let t = 0; t < teamCount; t++) {
    const team = `team-${t}`;
    org.teams.push(team);
    // One team in twenty exists only on paper: nobody is a member.
    const size = random.chance(0.05) ? 0 : random.int(3, 9);
    const list: string[] = [];
    for (let u = 0; u < size; u++) list.push(`user-${userIndex++}`);
    members.push(list);
  }
  for (let u = 0; u < userIndex; u++) org.users.push(`user-${u}`);
  for (let t = 0; t < teamCount; t++) {
    const department = org.departments[t % departmentCount];
    push({
      apiVersion: BACKSTAGE,
      kind: 'Group',
      metadata: {
        name: org.teams[t],
        namespace: 'default',
        title: `Team ${t}`,
        annotations: { 'slack.com/channel': `#team-${t}` },
      },
      spec: {
        type: 'team',
        parent: department,
        children: [],
        profile: { email: `team-${t}@acme.example` },
      },
      relations: [
        { type: 'childOf', targetRef: `group:default/${department}` },
        ...members[t].map(user => ({
          type: 'hasMember',
          targetRef: `user:default/${user}`,
        })),
      ],
    });
    for (const user of members[t]) {
      // Some people are in two teams; membership is declared on the user.
      const memberOf = [org.teams[t]];
      if (random.chance(0.1)) memberOf.push(random.pick(org.teams));
      push({
        apiVersion: BACKSTAGE,
        kind: 'User',
        metadata: { name: user, namespace: 'default' },
        spec: {
          profile: { displayName: user, email: `${user}@acme.example` },
          memberOf,
        },
        relations: memberOf.map(g => ({
          type: 'memberOf',
          targetRef: `group:default/${g}`,
        })),
      });
    }
  }

  // ----------------------------------------------------------- strategy
  push({
    apiVersion: LODESTAR,
    kind: 'Strategy',
    metadata: { name: 'acme-strategy', namespace: 'default' },
    spec: {
      owner: 'acme',
      thesis:
        'US mid-market companies outgrew spreadsheets but will not sit through an enterprise rollout.',
      revisions: [
        {
          date: '2025-04-07',
          trigger: 'headcount-doubling',
          summary: 'Reorganised into stream-aligned teams. Thesis unchanged.',
        },
        {
          date: '2026-03-02',
          trigger: 'funding-round',
          summary:
            'Series B. New thesis: US mid-market expansion; the supplier network is retired.',
        },
      ],
    },
  });
  for (const objective of OBJECTIVES) {
    push({
      apiVersion: LODESTAR,
      kind: 'Objective',
      metadata: {
        name: objective.name,
        namespace: 'default',
        title: objective.name.replace(/-/g, ' '),
      },
      spec: {
        owner: 'acme',
        strategy: 'acme-strategy',
        status: objective.status,
        ...(objective.status === 'retired'
          ? { successor: 'win-us-midmarket' }
          : {}),
        measures: [{ metric: 'ARR', target: '$12M by 2027-06' }],
      },
    });
  }
  for (const principle of principleEntities()) push(principle);

  // ------------------------------------------------------------ domains
  const domainCount = Math.max(3, Math.round(evaluated / 2000));
  const domains: string[] = [];
  for (let d = 0; d < domainCount; d++) {
    const name = DOMAIN_NAMES[d] ?? `domain-${d}`;
    domains.push(name);
    const annotations: Record<string, string> = {
      'lodestar.dev/reviewed-at': random.pick(REVIEW_DATES),
    };
    if (random.chance(0.8))
      annotations['lodestar.dev/objectives'] = objectivesAnnotation(random);
    const owner = random.chance(0.5)
      ? random.pick(org.departments)
      : random.pick(org.teams);
    push({
      apiVersion: BACKSTAGE,
      kind: 'Domain',
      metadata: { name, namespace: 'default', annotations },
      spec: { owner },
      relations: relations([['ownedBy', groupRef(owner)]]),
    });
  }

  // ------------------------------------------------- evaluated entities
  const systemCount = Math.max(4, Math.round(evaluated * 0.02));
  const componentCount = Math.round(evaluated * 0.6);
  const apiCount = Math.round(evaluated * 0.2);
  const resourceCount = evaluated - systemCount - componentCount - apiCount;

  const systems: { name: string; owner: string }[] = [];
  for (let s = 0; s < systemCount; s++) {
    const name = `system-${s}`;
    const team = random.pick(org.teams);
    const owner = ownerFor(random, org, team);
    systems.push({ name, owner: team });
    const domain = random.weighted<string | undefined>([
      [random.pick(domains), 90],
      ['ghost-domain', 3],
      [undefined, 7],
    ]);
    const annotations: Record<string, string> = {};
    if (random.chance(0.5))
      annotations['lodestar.dev/objectives'] = objectivesAnnotation(random);
    if (random.chance(0.75))
      annotations['lodestar.dev/reviewed-at'] = random.pick(REVIEW_DATES);
    push({
      apiVersion: BACKSTAGE,
      kind: 'System',
      metadata: {
        name,
        namespace: 'default',
        ...(random.chance(0.8)
          ? { description: `The ${random.pick(WORDS)} system of Acme.` }
          : {}),
        ...optional('tags', tagsFor(random, [])),
        annotations,
      },
      spec: { owner, ...(domain ? { domain } : {}) },
      relations: relations([
        ['ownedBy', groupRef(owner)],
        ['partOf', domain && `domain:default/${domain}`],
      ]),
    });
  }

  // API names first, so components can provide and consume them.
  const apiNames: string[] = [];
  const apiTypes: string[] = [];
  for (let a = 0; a < apiCount; a++) {
    const type = random.weighted<string>([
      ['openapi', 55],
      ['grpc', 20],
      ['asyncapi', 15],
      ['graphql', 10],
    ]);
    apiTypes.push(type);
    const base = `${random.pick(WORDS)}-api-${a}`;
    apiNames.push(
      type === 'grpc' && random.chance(0.7)
        ? `${base}-v${random.int(1, 3)}`
        : base,
    );
  }
  apiNames[0] = 'identity-api';

  const resourceNames: string[] = ['event-bus'];
  for (let r = 1; r < resourceCount; r++)
    resourceNames.push(`${random.pick(WORDS)}-store-${r}`);
  const componentNames: string[] = [];

  for (let c = 0; c < componentCount; c++) {
    const type = random.weighted<string>([
      ['service', 50],
      ['website', 20],
      ['library', 30],
    ]);
    const lifecycle = random.weighted<string>([
      ['production', 58],
      ['experimental', 20],
      ['deprecated', 17],
      ['legacy', 5],
    ]);
    const suffix = { service: 'service', website: 'web', library: 'lib' }[type];
    const name = `${random.pick(WORDS)}-${suffix}-${c}`;
    componentNames.push(name);
    const system = random.weighted<
      (typeof systems)[number] | 'ghost' | undefined
    >([
      [random.pick(systems), 93],
      ['ghost', 2],
      [undefined, 5],
    ]);
    const systemName =
      system === 'ghost' ? `ghost-system-${random.int(1, 9)}` : system?.name;
    const owner = random.chance(0.05)
      ? undefined // inherits from its system
      : ownerFor(
          random,
          org,
          system && system !== 'ghost' ? system.owner : undefined,
        );

    const baseTags: string[] = [];
    if (type === 'website') {
      baseTags.push('frontend');
      if (random.chance(0.6)) baseTags.push('customer-facing');
    }
    if (type === 'service' && random.chance(0.15)) baseTags.push('tier-1');
    const tags = tagsFor(random, baseTags);

    const annotations: Record<string, string> = {};
    if (random.chance(0.9)) {
      const repo = `acme/${name}`;
      annotations['backstage.io/source-location'] = random.chance(0.85)
        ? `url:https://github.com/${repo}/tree/main/`
        : `url:https://gitlab.acme.example/${repo}/-/tree/main/`;
      annotations['github.com/project-slug'] = repo;
    }
    if (random.chance(0.6)) annotations['backstage.io/techdocs-ref'] = 'dir:.';
    if (type === 'service') {
      if (random.chance(0.6))
        annotations['pagerduty.com/service-id'] = `P${random.int(
          100000,
          999999,
        )}`;
      else if (random.chance(0.25))
        annotations['opsgenie.com/team'] = `ops-${random.int(1, 50)}`;
    }
    if (random.chance(0.4))
      annotations['lodestar.dev/objectives'] = objectivesAnnotation(random);
    if (random.chance(0.7))
      annotations['lodestar.dev/reviewed-at'] = random.chance(0.01)
        ? '06/05/2026' // not an ISO date: the intent check must flag it
        : random.pick(REVIEW_DATES);

    const links: { url: string; title?: string }[] = [];
    if (random.chance(0.4))
      links.push({
        url: `https://grafana.acme.example/d/${name}`,
        title: 'Dashboard',
      });
    if (random.chance(type === 'service' ? 0.5 : 0.1))
      links.push({
        url: `https://runbooks.acme.example/${name}`,
        title: 'Runbook',
      });
    if (lifecycle === 'deprecated' && random.chance(0.5))
      links.push({ url: `https://docs.acme.example/${name}/successor` });
    if (type === 'website' && random.chance(0.7))
      links.push({ url: `https://${name}.acme.example` });

    const spec: Spec = { type, lifecycle };
    if (owner) spec.owner = owner;
    if (systemName) spec.system = systemName;
    if (type === 'service' && random.chance(0.75)) {
      spec.providesApis = random.sample(apiNames, random.int(1, 3));
    }
    if (random.chance(type === 'library' ? 0.2 : 0.6)) {
      const consumed = random.sample(apiNames, random.int(1, 3));
      if (type === 'website' && random.chance(0.7))
        consumed.push('identity-api');
      spec.consumesApis = [...new Set(consumed)];
    }
    if (random.chance(type === 'library' ? 0.3 : 0.75)) {
      const deps = new Set<string>();
      if (type === 'service' && random.chance(0.6))
        deps.add(
          random.chance(0.7)
            ? 'resource:event-bus'
            : 'resource:default/event-bus',
        );
      const n = random.int(0, 3);
      for (let i = 0; i < n; i++) {
        deps.add(
          random.chance(0.8)
            ? `resource:${random.pick(resourceNames)}`
            : random.chance(0.8) && componentNames.length > 1
            ? `component:${random.pick(componentNames)}`
            : `${random.pick(WORDS)}-thing`, // a malformed ref, as people write them
        );
      }
      spec.dependsOn = [...deps];
    }

    push({
      apiVersion: BACKSTAGE,
      kind: 'Component',
      metadata: {
        name,
        namespace: 'default',
        ...(random.chance(0.85)
          ? {
              description: random.chance(0.2)
                ? 'TODO'
                : `Handles ${random.pick(WORDS)} and ${random.pick(
                    WORDS,
                  )} for the ${random.pick(DOMAIN_NAMES)} domain.`,
            }
          : {}),
        ...optional('tags', tags),
        // One entity in twenty has no annotations at all.
        ...(random.chance(0.95) ? { annotations } : {}),
        ...(links.length ? { links } : {}),
      },
      spec,
      relations: relations([
        ['ownedBy', owner && groupRef(owner)],
        ['partOf', systemName && `system:default/${systemName}`],
      ]),
    });
  }

  for (let a = 0; a < apiCount; a++) {
    const system = random.chance(0.95) ? random.pick(systems) : undefined;
    const owner = ownerFor(random, org, system?.owner);
    const lifecycle = random.weighted<string>([
      ['production', 70],
      ['experimental', 15],
      ['deprecated', 15],
    ]);
    const isPublic = random.chance(0.25);
    const links: { url: string; title?: string }[] = [];
    if (isPublic && random.chance(0.6))
      links.push({
        url: `https://developers.acme.example/apis/${apiNames[a]}`,
        title: 'Developer portal',
      });
    if (random.chance(0.2))
      links.push({ url: `https://wiki.acme.example/${apiNames[a]}` });
    const annotations: Record<string, string> = {};
    if (random.chance(0.6))
      annotations['lodestar.dev/reviewed-at'] = random.pick(REVIEW_DATES);
    push({
      apiVersion: BACKSTAGE,
      kind: 'API',
      metadata: {
        name: apiNames[a],
        namespace: 'default',
        ...(random.chance(0.7)
          ? { description: `The ${apiNames[a]} contract.` }
          : {}),
        ...optional(
          'tags',
          tagsFor(random, isPublic ? ['public'] : ['internal']),
        ),
        annotations,
        ...(links.length ? { links } : {}),
      },
      spec: {
        type: apiTypes[a],
        lifecycle,
        owner,
        ...(system ? { system: system.name } : {}),
        ...(random.chance(0.9)
          ? {
              definition: `${apiTypes[a]}: 1.0.0\ninfo:\n  title: ${apiNames[a]}\n`,
            }
          : {}),
      },
      relations: relations([
        ['ownedBy', groupRef(owner)],
        ['partOf', system && `system:default/${system.name}`],
      ]),
    });
  }

  for (let r = 0; r < resourceCount; r++) {
    const system = random.chance(0.9) ? random.pick(systems) : undefined;
    const owner = ownerFor(random, org, system?.owner);
    const type =
      r === 0
        ? 'queue'
        : random.weighted<string>([
            ['database', 40],
            ['s3-bucket', 20],
            ['queue', 20],
            ['cache', 20],
          ]);
    const labels: Record<string, string> | undefined = random.chance(0.8)
      ? {
          region: random.weighted<string>([
            ['us-east-1', 55],
            ['us-west-2', 20],
            ['eu-west-1', 20],
            ['ap-southeast-2', 5],
          ]),
        }
      : random.chance(0.5)
      ? { tier: 'standard' }
      : undefined;
    const spec: Spec = {
      type,
      owner,
      ...(system ? { system: system.name } : {}),
    };
    if (random.chance(0.7) && componentNames.length)
      spec.dependencyOf = random
        .sample(componentNames, random.int(1, 3))
        .map(n => `component:${n}`);
    push({
      apiVersion: BACKSTAGE,
      kind: 'Resource',
      metadata: {
        name: resourceNames[r],
        namespace: 'default',
        ...optional('tags', tagsFor(random, [])),
        ...(labels ? { labels } : {}),
      },
      spec,
      relations: relations([
        ['ownedBy', groupRef(owner)],
        ['partOf', system && `system:default/${system.name}`],
      ]),
    });
  }

  return { entities, evaluated, counts };
}

function optional<K extends string, V>(key: K, value: V | undefined) {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
}
