import { normalizeRef } from '../../kinds/refs';
import type { CheckResult } from '../../model/results';
import { CHECKS } from '../checkDefinitions';
import type { EntityContext } from '../EntityContext';
import { makeCheck } from './makeCheck';

const ownerSnippet = (ref = 'group:default/<team>') =>
  `spec:\n  owner: ${ref}\n`;

function kindOfRef(ref: string): string {
  return ref.slice(0, ref.indexOf(':'));
}

function isProductionService(context: EntityContext): boolean {
  const spec = context.entity.spec as Record<string, unknown> | undefined;
  return (
    context.kind === 'component' &&
    spec?.lifecycle === 'production' &&
    context.config.onCallComponentTypes.includes(String(spec?.type))
  );
}

/**
 * The ownership pillar: declared, resolves, is a group, has members, agrees
 * with the system's owner, and production services have an on-call path.
 */
export function ownershipChecks(context: EntityContext): CheckResult[] {
  const { owner, ownerEntity, snapshot } = context;
  const inheritedFrom = owner?.inheritedFrom;
  const results: CheckResult[] = [];

  if (!owner) {
    results.push(
      makeCheck(
        CHECKS.ownerDeclared,
        'fail',
        'No owner is declared, and none can be inherited from a system or domain.',
        {
          remediation: {
            text: 'Declare the team that owns this entity.',
            yaml: ownerSnippet(),
          },
        },
      ),
    );
    const na = 'No owner to check.';
    results.push(makeCheck(CHECKS.ownerResolves, 'not-applicable', na));
    results.push(makeCheck(CHECKS.ownerIsGroup, 'not-applicable', na));
    results.push(makeCheck(CHECKS.ownerHasMembers, 'not-applicable', na));
  } else {
    const via = inheritedFrom ? ` (inherited from ${inheritedFrom})` : '';
    results.push(
      makeCheck(
        CHECKS.ownerDeclared,
        'pass',
        `Owned by ${owner.value}${via}.`,
        { inheritedFrom },
      ),
    );

    const exists = snapshot.has(owner.value);
    if (exists) {
      results.push(
        makeCheck(
          CHECKS.ownerResolves,
          'pass',
          `${owner.value} exists in the catalog.`,
          { inheritedFrom },
        ),
      );
    } else if (snapshot.complete) {
      results.push(
        makeCheck(
          CHECKS.ownerResolves,
          'fail',
          `Owner ${owner.value} does not exist in the catalog.`,
          {
            inheritedFrom,
            remediation: {
              text: `Register ${owner.value} in the catalog, or hand the entity to a team that exists.`,
              yaml: ownerSnippet(),
            },
          },
        ),
      );
    } else {
      results.push(
        makeCheck(
          CHECKS.ownerResolves,
          'not-applicable',
          `${owner.value} is not among the files checked.`,
          {
            inheritedFrom,
          },
        ),
      );
    }

    const ownerKind = kindOfRef(owner.value);
    if (ownerKind !== 'group') {
      results.push(
        makeCheck(
          CHECKS.ownerIsGroup,
          'fail',
          `Owned by the ${ownerKind} ${owner.value}, not by a team.`,
          {
            inheritedFrom,
            remediation: {
              text: 'Hand ownership to the team this person belongs to.',
              yaml: ownerSnippet(),
            },
          },
        ),
      );
    } else if (ownerEntity) {
      results.push(
        makeCheck(CHECKS.ownerIsGroup, 'pass', `${owner.value} is a group.`, {
          inheritedFrom,
        }),
      );
    } else {
      results.push(
        makeCheck(
          CHECKS.ownerIsGroup,
          'not-applicable',
          `${owner.value} cannot be resolved.`,
          { inheritedFrom },
        ),
      );
    }

    if (ownerKind === 'group' && ownerEntity) {
      const members = snapshot.memberCount(owner.value);
      results.push(
        members > 0
          ? makeCheck(
              CHECKS.ownerHasMembers,
              'pass',
              `${owner.value} has ${members} member${
                members === 1 ? '' : 's'
              }.`,
              {
                inheritedFrom,
              },
            )
          : makeCheck(
              CHECKS.ownerHasMembers,
              snapshot.complete ? 'fail' : 'not-applicable',
              snapshot.complete
                ? `${owner.value} has no members.`
                : `No members of ${owner.value} are among the files checked.`,
              {
                inheritedFrom,
                remediation: {
                  text: `Add the people who maintain this entity to ${owner.value} (spec.memberOf on their User entities), or hand the entity to a staffed team.`,
                  yaml: ownerSnippet(),
                },
              },
            ),
      );
    } else {
      results.push(
        makeCheck(
          CHECKS.ownerHasMembers,
          'not-applicable',
          'The owner is not a resolved group.',
          { inheritedFrom },
        ),
      );
    }
  }

  results.push(consistencyCheck(context));
  results.push(onCallCheck(context));
  return results;
}

function consistencyCheck(context: EntityContext): CheckResult {
  const { owner, system, kind } = context;
  if (kind === 'system' || kind === 'domain') {
    return makeCheck(
      CHECKS.ownerConsistentWithSystem,
      'not-applicable',
      'Only parts of a system are compared with it.',
    );
  }
  const { systemRef } = context;
  if (!systemRef) {
    return makeCheck(
      CHECKS.ownerConsistentWithSystem,
      'not-applicable',
      'Not part of a system.',
    );
  }
  if (!system) {
    return makeCheck(
      CHECKS.ownerConsistentWithSystem,
      context.snapshot.complete ? 'fail' : 'not-applicable',
      context.snapshot.complete
        ? `System ${systemRef} does not exist in the catalog.`
        : `System ${systemRef} is not among the files checked.`,
      {
        remediation: {
          text: 'Point spec.system at an existing system.',
          yaml: 'spec:\n  system: <system>\n',
        },
      },
    );
  }
  const systemOwnerRaw = (system.spec as Record<string, unknown> | undefined)
    ?.owner;
  const systemOwner =
    typeof systemOwnerRaw === 'string'
      ? normalizeRef(systemOwnerRaw, {
          defaultKind: 'group',
          defaultNamespace: system.metadata.namespace,
        })
      : undefined;
  if (!owner || !systemOwner) {
    return makeCheck(
      CHECKS.ownerConsistentWithSystem,
      'not-applicable',
      'The entity or its system has no owner.',
    );
  }
  if (owner.inheritedFrom) {
    return makeCheck(
      CHECKS.ownerConsistentWithSystem,
      'pass',
      `Inherits its owner from ${owner.inheritedFrom}.`,
      {
        inheritedFrom: owner.inheritedFrom,
      },
    );
  }
  return owner.value === systemOwner
    ? makeCheck(
        CHECKS.ownerConsistentWithSystem,
        'pass',
        `Owned by ${owner.value}, like ${systemRef}.`,
      )
    : makeCheck(
        CHECKS.ownerConsistentWithSystem,
        'fail',
        `Owned by ${owner.value}, but its system ${systemRef} is owned by ${systemOwner}.`,
        {
          remediation: {
            text: `Align ownership with the system: hand the entity to ${systemOwner}, or move it to a system ${owner.value} owns.`,
            yaml: ownerSnippet(systemOwner),
          },
        },
      );
}

function onCallCheck(context: EntityContext): CheckResult {
  if (!isProductionService(context)) {
    return makeCheck(
      CHECKS.onCall,
      'not-applicable',
      'Only production services need an on-call path.',
    );
  }
  const annotations = context.entity.metadata.annotations ?? {};
  const found = context.config.onCallAnnotations.find(key => annotations[key]);
  if (found) {
    return makeCheck(
      CHECKS.onCall,
      'pass',
      `On-call path declared (${found}).`,
    );
  }
  const [first] = context.config.onCallAnnotations;
  return makeCheck(
    CHECKS.onCall,
    'fail',
    `Production service without an on-call path (none of ${context.config.onCallAnnotations.join(
      ', ',
    )}).`,
    {
      remediation: {
        text: 'Declare how the owning team is paged when this service fails.',
        yaml: `metadata:\n  annotations:\n    ${first}: <id>\n`,
      },
    },
  );
}
