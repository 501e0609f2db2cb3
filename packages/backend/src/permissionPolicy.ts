import {
  coreServices,
  createBackendModule,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { alignmentPermissions } from '@lodestar/backstage-plugin-alignment-common';

/**
 * The demo portal's permission policy.
 *
 * - Everything in the catalog is readable and writable as in a default
 *   Backstage install, so the demo behaves like the portal adopters know.
 * - Lodestar's writes (creating and deleting waivers, running an evaluation
 *   on demand) are allowed only to the alignment stewards: users whose
 *   ownership refs include one of the groups in config
 *   `lodestarDemo.stewards` (default: the architecture and platform teams).
 *   The demo's guest user is a steward so the waiver dialog can be tried;
 *   any other identity is denied, as a real adopter's policy would do.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly userInfo: UserInfoService,
    private readonly stewards: readonly string[],
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const isAlignmentWrite = alignmentPermissions.some(p =>
      isPermission(request.permission, p),
    );
    if (!isAlignmentWrite) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (!user) {
      return { result: AuthorizeResult.DENY };
    }
    const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
      user.credentials,
    );
    const isSteward = ownershipEntityRefs.some(ref =>
      this.stewards.includes(ref.toLocaleLowerCase('en-US')),
    );
    return { result: isSteward ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
  }
}

const defaultStewards = [
  'group:default/architecture',
  'group:default/platform',
];

/** Installs {@link DemoPermissionPolicy} in the permission backend. */
export const demoPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'lodestar-demo-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
        userInfo: coreServices.userInfo,
      },
      async init({ policy, config, userInfo }) {
        const stewards =
          config.getOptionalStringArray('lodestarDemo.stewards') ??
          defaultStewards;
        policy.setPolicy(
          new DemoPermissionPolicy(
            userInfo,
            stewards.map(s => s.toLocaleLowerCase('en-US')),
          ),
        );
      },
    });
  },
});
