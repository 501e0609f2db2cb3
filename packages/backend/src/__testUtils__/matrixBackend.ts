import {
  coreServices,
  createBackendModule,
  createServiceFactory,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { startTestBackend } from '@backstage/backend-test-utils';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import alignmentPlugin from '@lodestar/backstage-plugin-alignment-backend';
import alignmentCatalogModule from '@lodestar/backstage-plugin-catalog-backend-module-alignment';
import request from 'supertest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { demoPermissionPolicyModule } from '../permissionPolicy';

/** A steward: reads everything. */
export const STEWARD = 'user:default/demo-architect';
/** The restricted persona: reads what the payments team owns. */
export const RESTRICTED = 'user:default/kofi-mensah';

const MEMBERSHIPS: Record<string, string[]> = {
  [STEWARD]: ['group:default/architecture'],
  [RESTRICTED]: ['group:default/payments'],
};

/** The Meridian examples, as a provider hands them to the catalog. */
function meridianEntities(): Entity[] {
  const dir = resolvePackagePath('backend', '../../examples');
  return readdirSync(dir)
    .filter(name => name.endsWith('.yaml') && name !== 'all.yaml')
    .flatMap(name =>
      parseAllDocuments(readFileSync(path.join(dir, name), 'utf8'))
        .map(doc => doc.toJS())
        .filter(value => value?.kind && value?.metadata?.name),
    )
    .map(entity => ({
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations: {
          ...entity.metadata.annotations,
          'backstage.io/managed-by-location': 'url:https://example.com/x',
          'backstage.io/managed-by-origin-location':
            'url:https://example.com/x',
        },
      },
    }));
}

const meridianProvider = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'matrix-meridian',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addEntityProvider({
          getProviderName: () => 'matrix-meridian',
          connect: async connection =>
            connection.applyMutation({
              type: 'full',
              entities: meridianEntities().map(entity => ({
                entity,
                locationKey: 'matrix-meridian',
              })),
            }),
        });
      },
    });
  },
});

/**
 * The test backend's request authentication, except that a token a plugin
 * obtained on a user's behalf authenticates as that user *with the plugin
 * as actor*, as real on-behalf-of tokens do. The permission backend gives
 * conditional decisions only to such callers (plugins), never to users
 * directly; the mock drops the actor, which would make every catalog read
 * by a restricted user fail.
 */
const onBehalfOfHttpAuth = createServiceFactory({
  service: coreServices.httpAuth,
  deps: { plugin: coreServices.pluginMetadata },
  factory: ({ plugin }) => {
    const inner = mockServices.httpAuth({ pluginId: plugin.getId() });
    const prefix = 'Bearer mock-service-token:';
    return {
      issueUserCookie: inner.issueUserCookie.bind(inner),
      async credentials(req: any, options?: any) {
        const header: string = req.headers?.authorization ?? '';
        if (header.startsWith(prefix)) {
          const { sub, obo, target } = JSON.parse(header.slice(prefix.length));
          const allowsUsers = !options?.allow || options.allow.includes('user');
          if (obo && allowsUsers && (!target || target === plugin.getId())) {
            return mockCredentials.user(obo, {
              actor: { subject: sub ?? 'plugin' },
            } as any);
          }
        }
        return inner.credentials(req, options);
      },
    } as any;
  },
});

/** Ownership claims as a sign-in resolver would issue them. */
const userInfo = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    getUserInfo: async (credentials: any) => {
      const userEntityRef = credentials.principal.userEntityRef;
      return {
        userEntityRef,
        ownershipEntityRefs: [
          userEntityRef,
          ...(MEMBERSHIPS[userEntityRef] ?? []),
        ],
      };
    },
  }),
});

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>) {
  for (let i = 0; i < 150; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/**
 * Starts the catalog, the permission backend with the demo policy and the
 * alignment backend, waits for the catalog to hold the examples, then runs
 * one whole evaluation and waits for it.
 */
export async function startMatrixBackend(start: typeof startTestBackend) {
  const expected = meridianEntities().length;
  const backend = await start({
    features: [
      catalogPlugin,
      alignmentCatalogModule,
      meridianProvider,
      permissionPlugin,
      demoPermissionPolicyModule,
      alignmentPlugin,
      userInfo,
      onBehalfOfHttpAuth,
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          lodestarDemo: {
            stewards: ['group:default/architecture'],
            ownersOnly: ['group:default/payments'],
          },
          // Runs only when the test asks for one.
          lodestar: {
            schedule: {
              frequency: { cron: '0 0 1 1 *' },
              timeout: { minutes: 5 },
            },
          },
        },
      }),
    ],
  });
  const { server } = backend;
  const steward = mockCredentials.user.header(STEWARD);
  let held = 0;
  await waitFor(`the catalog to hold the ${expected} examples`, async () => {
    const res = await request(server)
      .get('/api/catalog/entities/by-query?limit=1')
      .set('Authorization', steward);
    held = res.status === 200 ? res.body.totalItems : -res.status;
    return held >= expected ? true : undefined;
  }).catch(error => {
    throw new Error(`${error.message}; it holds ${held}`);
  });
  const started = await request(server)
    .post('/api/alignment/evaluations')
    .set('Authorization', steward)
    .send({});
  if (started.status !== 202) {
    throw new Error(`Could not start a run: ${started.status} ${started.text}`);
  }
  await waitFor('the evaluation to finish', async () => {
    const res = await request(server)
      .get('/api/alignment/evaluations/latest')
      .set('Authorization', steward);
    return res.body?.status === 'succeeded' ? true : undefined;
  });
  return backend;
}
