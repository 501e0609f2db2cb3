import {
  coreServices,
  createBackendModule,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  alignmentActionsReadPermission,
  alignmentAggregatesReadPermission,
  alignmentCampaignAcceptPermission,
  alignmentEvaluationRunPermission,
  alignmentFactsWritePermission,
  alignmentMeasuresWritePermission,
  alignmentPrinciplePreviewPermission,
  alignmentWaiverCreatePermission,
  alignmentWaiverDeletePermission,
} from '@lodestar/backstage-plugin-alignment-common';

/** Kinds every signed-in user may read, restricted or not: the org and the strategy. */
const SHARED_KINDS = [
  'Group',
  'User',
  'Domain',
  'Strategy',
  'Objective',
  'Principle',
];

/** Who the demo policy treats how, by group (lowercase refs). */
export interface DemoPolicyGroups {
  /** May do every Lodestar write and read the org-wide trend. */
  stewards: readonly string[];
  /**
   * Members read, in the catalog, only the entities their groups own (plus
   * the org and the strategy), so the portal shows them their team's view.
   */
  ownersOnly: readonly string[];
}

/**
 * The demo portal's permission policy.
 *
 * - Stewards (`lodestarDemo.stewards`, default the architecture and
 *   platform teams) may read everything and do every Lodestar write. The
 *   demo's guest user is one.
 * - Members of `lodestarDemo.ownersOnly` groups (the restricted persona)
 *   may read only the entities their groups own, a conditional decision the
 *   catalog applies with `isEntityOwner`. Lodestar then limits every list,
 *   figure and action to those entities, and withholds the org-wide trend.
 * - Anyone may create or delete a waiver on an entity their groups own;
 *   only stewards on any other.
 * - Only stewards may accept a campaign Lodestar proposed from a strategy
 *   revision: it asks something of every owner in its scope.
 * - Running evaluations, previewing principles, reading the org-wide trend
 *   and pushing facts and measure values: stewards and every other
 *   signed-in user except the restricted persona.
 * - Everything else is allowed, as in a default Backstage install.
 *
 * Service principals never reach a policy: Backstage decides their
 * requests from their token's `accessRestrictions`. The demo pipeline's
 * static token (`backend.auth.externalAccess` in app-config.yaml) is
 * limited there to pushing facts and measures.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly userInfo: UserInfoService,
    private readonly groups: DemoPolicyGroups,
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    const claims = user
      ? (await this.userInfo.getUserInfo(user.credentials)).ownershipEntityRefs
      : [];
    const memberOf = (groups: readonly string[]) =>
      claims.some(ref => groups.includes(ref.toLocaleLowerCase('en-US')));
    const isSteward = memberOf(this.groups.stewards);
    const allowIf = (allowed: boolean): PolicyDecision => ({
      result: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
    });

    if (isPermission(permission, catalogEntityReadPermission)) {
      if (isSteward || !memberOf(this.groups.ownersOnly)) {
        return allowIf(true);
      }
      return createCatalogConditionalDecision(permission, {
        anyOf: [
          catalogConditions.isEntityOwner({ claims }),
          catalogConditions.isEntityKind({ kinds: SHARED_KINDS }),
        ],
      });
    }
    if (
      isResourcePermission(permission, 'catalog-entity') &&
      (isPermission(permission, alignmentWaiverCreatePermission) ||
        isPermission(permission, alignmentWaiverDeletePermission))
    ) {
      if (isSteward) return allowIf(true);
      if (!user) return allowIf(false);
      return createCatalogConditionalDecision(
        permission,
        catalogConditions.isEntityOwner({ claims }),
      );
    }
    if (
      isPermission(permission, alignmentEvaluationRunPermission) ||
      isPermission(permission, alignmentAggregatesReadPermission) ||
      isPermission(permission, alignmentPrinciplePreviewPermission) ||
      isPermission(permission, alignmentFactsWritePermission) ||
      isPermission(permission, alignmentMeasuresWritePermission)
    ) {
      return allowIf(
        isSteward || (Boolean(user) && !memberOf(this.groups.ownersOnly)),
      );
    }
    if (isPermission(permission, alignmentCampaignAcceptPermission)) {
      return allowIf(isSteward);
    }
    if (isPermission(permission, alignmentActionsReadPermission)) {
      return allowIf(Boolean(user));
    }
    return allowIf(true);
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
        const lowercase = (refs: string[]) =>
          refs.map(ref => ref.toLocaleLowerCase('en-US'));
        policy.setPolicy(
          new DemoPermissionPolicy(userInfo, {
            stewards: lowercase(
              config.getOptionalStringArray('lodestarDemo.stewards') ??
                defaultStewards,
            ),
            ownersOnly: lowercase(
              config.getOptionalStringArray('lodestarDemo.ownersOnly') ?? [],
            ),
          }),
        );
      },
    });
  },
});
