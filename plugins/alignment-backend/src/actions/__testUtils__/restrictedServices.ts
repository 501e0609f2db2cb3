import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  catalogServiceRef,
  CatalogServiceRequestOptions,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  normalizeRef,
  refOf,
} from '@lodestar/backstage-plugin-alignment-common';

/** A user whose catalog reads leave out {@link HIDDEN_FROM_OUTSIDER}. */
export const OUTSIDER = 'user:default/outsider';

/** What the outsider may not see: a component and an objective. */
export const HIDDEN_FROM_OUTSIDER = {
  component: 'component:default/purchase-order-service',
  objective: 'objective:default/connect-us-erps',
} as const;

const hidden: ReadonlySet<string> = new Set(
  Object.values(HIDDEN_FROM_OUTSIDER),
);

/**
 * Switches a test flips: whether Lodestar's action permission, the
 * aggregates permission and the campaign accept permission are granted.
 */
export const policy = { actions: true, aggregates: true, campaignAccept: true };

/** The permissions the switches above decide, by name. */
const SWITCHED: Record<string, keyof typeof policy> = {
  'lodestar.actions.read': 'actions',
  'lodestar.aggregates.read': 'aggregates',
  'lodestar.campaign.accept': 'campaignAccept',
};

type Options = CatalogServiceRequestOptions | undefined;

function isOutsider(options: Options): boolean {
  const principal = options?.credentials.principal as
    | { userEntityRef?: string }
    | undefined;
  return principal?.userEntityRef === OUTSIDER;
}

function hiddenFrom(options: Options, ref: string | undefined): boolean {
  return isOutsider(options) && ref !== undefined && hidden.has(ref);
}

/**
 * The in-memory catalog, except that it reads for the outsider as a
 * catalog applying `catalog.entity.read` would: the hidden entities are
 * not there. The mock catalog itself ignores credentials.
 */
export function restrictedCatalog(entities: Entity[]) {
  return createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () => {
      const inner = catalogServiceMock({ entities });
      const visible = (options: Options) => (entity: Entity) =>
        !hiddenFrom(options, refOf(entity));
      const overrides: Record<string, unknown> = {
        async getEntityByRef(ref: any, options: Options) {
          const entity = await inner.getEntityByRef(ref, options);
          return entity && visible(options)(entity) ? entity : undefined;
        },
        async getEntitiesByRefs(req: any, options: Options) {
          const { items } = await inner.getEntitiesByRefs(req, options);
          // Items answer the refs in order; `fields` may leave out the kind.
          return {
            items: items.map((item, i) =>
              hiddenFrom(
                options,
                normalizeRef(req.entityRefs[i], { defaultKind: 'component' }),
              )
                ? null
                : item,
            ),
          };
        },
        // Whole entities are read so that each can be recognised; a
        // projection asked for with `fields` is a subset of them.
        async getEntities(req: any, options: Options) {
          if (!isOutsider(options)) return inner.getEntities(req, options);
          const { items } = await inner.getEntities(
            { ...req, fields: undefined },
            options,
          );
          return { items: items.filter(visible(options)) };
        },
        async queryEntities(req: any, options: Options) {
          if (!isOutsider(options)) return inner.queryEntities(req, options);
          const page = await inner.queryEntities(
            { ...req, fields: undefined },
            options,
          );
          const items = page.items.filter(visible(options));
          return { ...page, items, totalItems: items.length };
        },
      };
      // The mock is a class instance: its other methods stay bound to it.
      return new Proxy(inner, {
        get: (target, prop) =>
          typeof prop === 'string' && prop in overrides
            ? overrides[prop]
            : Reflect.get(target, prop, target),
      });
    },
  });
}

/**
 * Allows everything but the switched permissions when switched off.
 * Reading the catalog is conditional for the outsider, as a policy
 * limiting users to what they own makes it, so their answers are computed
 * over what the catalog shows them.
 */
export const permissionsBySwitch = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () => {
    const decide = (requests: any[], options: Options) =>
      requests.map(r => {
        const name: string = r.permission.name;
        if (name === 'catalog.entity.read' && isOutsider(options)) {
          return {
            result: AuthorizeResult.CONDITIONAL,
            pluginId: 'catalog',
            resourceType: 'catalog-entity',
            conditions: {
              rule: 'IS_ENTITY_OWNER',
              resourceType: 'catalog-entity',
              params: { claims: [OUTSIDER] },
            },
          };
        }
        const allowed = name in SWITCHED ? policy[SWITCHED[name]] : true;
        return {
          result: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
        };
      });
    return {
      authorize: async (requests: any[], options: Options) =>
        decide(requests, options).map(d =>
          d.result === AuthorizeResult.CONDITIONAL
            ? { result: AuthorizeResult.DENY }
            : d,
        ),
      authorizeConditional: async (requests: any[], options: Options) =>
        decide(requests, options),
    } as any;
  },
});
