import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/**
 * Throws NotAllowedError (403) unless the caller holds the permission: a
 * basic one, or a resource one on the given resource, which the permission
 * framework decides with the resource's plugin when the policy's answer is
 * conditional.
 */
export async function authorizeOrThrow(
  permissions: PermissionsService,
  request:
    | { permission: BasicPermission }
    | { permission: ResourcePermission; resourceRef: string },
  credentials: BackstageCredentials,
): Promise<void> {
  const [decision] = await permissions.authorize([request], { credentials });
  if (decision.result !== AuthorizeResult.ALLOW) {
    const on = 'resourceRef' in request ? ` on ${request.resourceRef}` : '';
    throw new NotAllowedError(
      `You are not allowed to ${request.permission.name}${on}`,
    );
  }
}
