import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { alignmentWaiverCreatePermission } from '@lodestar/backstage-plugin-alignment-common';
import { DemoPermissionPolicy } from './permissionPolicy';

function policyForUserOwning(...ownershipEntityRefs: string[]) {
  return new DemoPermissionPolicy(
    mockServices.userInfo({
      userEntityRef: 'user:default/someone',
      ownershipEntityRefs,
    }),
    ['group:default/architecture'],
  );
}

const user = {
  credentials: mockCredentials.user('user:default/someone'),
} as any;

describe('DemoPermissionPolicy', () => {
  it('lets stewards create waivers', async () => {
    const policy = policyForUserOwning(
      'user:default/someone',
      'group:default/Architecture',
    );
    await expect(
      policy.handle({ permission: alignmentWaiverCreatePermission }, user),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('denies waivers to everyone else', async () => {
    const policy = policyForUserOwning(
      'user:default/someone',
      'group:default/payments',
    );
    await expect(
      policy.handle({ permission: alignmentWaiverCreatePermission }, user),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('leaves other permissions open as in a default install', async () => {
    const policy = policyForUserOwning();
    const catalogRead = createPermission({
      name: 'catalog.entity.read',
      attributes: { action: 'read' },
    });
    await expect(
      policy.handle({ permission: catalogRead }, user),
    ).resolves.toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });
});
