import type {
  BackendFeature,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { alignmentPlugin } from '../plugin';
import {
  permissionsBySwitch,
  restrictedCatalog,
} from '../actions/__testUtils__/restrictedServices';
import { loadMeridian } from './loadExamples';

/** What supertest's `request` takes: the server of a started test backend. */
export type Server = Parameters<typeof request>[0];

/** How {@link startAlignmentBackend} departs from its defaults. */
export interface AlignmentBackendOptions {
  /**
   * The entities of the restricted catalog; the Meridian example catalog
   * by default. Ignored when `catalog` is given.
   */
  entities?: Entity[];
  /** A catalog to serve instead of the restricted one. */
  catalog?: ServiceFactory;
  /** A permissions service instead of `permissionsBySwitch`. */
  permissions?: ServiceFactory;
  /** Further features or service factories, such as a config or auditor. */
  features?: BackendFeature[];
}

/**
 * Starts a test backend with the alignment plugin over the restricted
 * catalog (see `restrictedCatalog`: the outsider does not see what is
 * hidden from them), permissions decided by the switches of `policy`, and
 * a scheduler that runs the initial delayed tasks, so that the first whole
 * evaluation run starts on startup. Returns the backend's HTTP server; the
 * backend is stopped after the test file.
 */
export async function startAlignmentBackend(
  options: AlignmentBackendOptions = {},
): Promise<Server> {
  const { server } = await startTestBackend({
    features: [
      alignmentPlugin,
      options.catalog ?? restrictedCatalog(options.entities ?? loadMeridian()),
      options.permissions ?? permissionsBySwitch,
      mockServices.scheduler.factory({
        includeInitialDelayedTasksOnStartup: true,
      }),
      ...(options.features ?? []),
    ],
  });
  return server;
}

/**
 * Calls an action of the alignment plugin as a user, as the MCP backend
 * would: a POST of `input` to the action's invoke URL.
 */
export function invoke(
  server: Server,
  user: string,
  action: string,
  input: unknown,
) {
  return request(server)
    .post(
      `/api/alignment/.backstage/actions/v1/actions/alignment:${action}/invoke`,
    )
    .set('Authorization', mockCredentials.user.header(user))
    .send(input as object);
}

/** GETs `path` of the alignment API (`/campaigns`, say) as a user. */
export function get(server: Server, user: string, path: string) {
  return request(server)
    .get(`/api/alignment${path}`)
    .set('Authorization', mockCredentials.user.header(user));
}

/**
 * Reads until `done` holds of what was read, every 100 ms, and returns
 * that; throws after `attempts` reads.
 */
export async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  attempts = 100,
): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error('Timed out waiting');
}
