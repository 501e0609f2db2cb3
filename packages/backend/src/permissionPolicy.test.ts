import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  alignmentAggregatesReadPermission,
  alignmentCampaignAcceptPermission,
  alignmentEvaluationRunPermission,
  alignmentFactsWritePermission,
  alignmentMeasuresWritePermission,
  alignmentWaiverCreatePermission,
} from '@lodestar/backstage-plugin-alignment-common';
import { DemoPermissionPolicy } from './permissionPolicy';

function policyForUserOwning(...ownershipEntityRefs: string[]) {
  return new DemoPermissionPolicy(
    mockServices.userInfo({
      userEntityRef: 'user:default/someone',
      ownershipEntityRefs,
    }),
    {
      stewards: ['group:default/architecture'],
      ownersOnly: ['group:default/payments'],
    },
  );
}

const user = {
  credentials: mockCredentials.user('user:default/someone'),
} as any;

describe('DemoPermissionPolicy', () => {
  it('lets stewards do every Lodestar write on any entity', async () => {
    const policy = policyForUserOwning(
      'user:default/someone',
      'group:default/Architecture',
    );
    for (const permission of [
      alignmentWaiverCreatePermission,
      alignmentEvaluationRunPermission,
      alignmentCampaignAcceptPermission,
    ]) {
      await expect(policy.handle({ permission }, user)).resolves.toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });

  it('lets anyone else waive checks only on entities their groups own', async () => {
    const policy = policyForUserOwning(
      'user:default/someone',
      'group:default/growth',
    );
    await expect(
      policy.handle({ permission: alignmentWaiverCreatePermission }, user),
    ).resolves.toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        params: { claims: ['user:default/someone', 'group:default/growth'] },
      },
    });
    await expect(
      policy.handle({ permission: alignmentEvaluationRunPermission }, user),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('lets only stewards accept a proposed campaign', async () => {
    for (const groups of [
      ['group:default/growth'],
      ['group:default/payments'],
      [],
    ]) {
      const policy = policyForUserOwning('user:default/someone', ...groups);
      await expect(
        policy.handle({ permission: alignmentCampaignAcceptPermission }, user),
      ).resolves.toEqual({ result: AuthorizeResult.DENY });
    }
    await expect(
      policyForUserOwning('group:default/architecture').handle(
        { permission: alignmentCampaignAcceptPermission },
        user,
      ),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('limits the restricted persona to what their groups own, and withholds org-wide aggregates', async () => {
    const policy = policyForUserOwning(
      'user:default/someone',
      'group:default/payments',
    );
    const read = await policy.handle(
      { permission: catalogEntityReadPermission },
      user,
    );
    expect(read).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: {
        anyOf: [
          {
            rule: 'IS_ENTITY_OWNER',
            params: {
              claims: ['user:default/someone', 'group:default/payments'],
            },
          },
          { rule: 'IS_ENTITY_KIND' },
        ],
      },
    });
    await expect(
      policy.handle({ permission: alignmentAggregatesReadPermission }, user),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('lets stewards and other signed-in users push facts and measure values', async () => {
    for (const groups of [
      ['group:default/architecture'],
      ['group:default/growth'],
    ]) {
      const policy = policyForUserOwning('user:default/someone', ...groups);
      for (const permission of [
        alignmentFactsWritePermission,
        alignmentMeasuresWritePermission,
      ]) {
        await expect(policy.handle({ permission }, user)).resolves.toEqual({
          result: AuthorizeResult.ALLOW,
        });
      }
    }
  });

  it('denies pushing facts and measure values to the restricted persona and to anonymous callers', async () => {
    const restricted = policyForUserOwning(
      'user:default/someone',
      'group:default/payments',
    );
    for (const permission of [
      alignmentFactsWritePermission,
      alignmentMeasuresWritePermission,
    ]) {
      await expect(restricted.handle({ permission }, user)).resolves.toEqual({
        result: AuthorizeResult.DENY,
      });
      await expect(restricted.handle({ permission })).resolves.toEqual({
        result: AuthorizeResult.DENY,
      });
    }
  });

  it('lets a restricted steward push all the same', async () => {
    const policy = policyForUserOwning(
      'user:default/someone',
      'group:default/payments',
      'group:default/architecture',
    );
    await expect(
      policy.handle({ permission: alignmentFactsWritePermission }, user),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('leaves the catalog open to everyone else, as in a default install', async () => {
    const policy = policyForUserOwning('user:default/someone');
    await expect(
      policy.handle({ permission: catalogEntityReadPermission }, user),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });
});
