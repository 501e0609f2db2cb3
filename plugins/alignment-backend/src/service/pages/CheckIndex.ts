import type { ListedCheckStatus } from '@lodestar/backstage-plugin-alignment-common';

/**
 * Which entities each check asks something of (fails, errors or is
 * waived), over the published results: what lists "who fails this
 * principle" without reading every scorecard. Built once per run.
 */
export class CheckIndex {
  private constructor(
    private readonly byCheck: Map<string, Map<string, ListedCheckStatus>>,
  ) {}

  /** An index of the open checks of each entity. */
  static of(
    rows: Array<{ entityRef: string; checks: Record<string, string> }>,
  ): CheckIndex {
    const byCheck = new Map<string, Map<string, ListedCheckStatus>>();
    for (const row of rows) {
      for (const [checkId, status] of Object.entries(row.checks)) {
        let entities = byCheck.get(checkId);
        if (!entities) byCheck.set(checkId, (entities = new Map()));
        entities.set(row.entityRef, status as ListedCheckStatus);
      }
    }
    return new CheckIndex(byCheck);
  }

  /** The check's status on the entity, when it is one the index keeps. */
  statusOf(checkId: string, entityRef: string): ListedCheckStatus | undefined {
    return this.byCheck.get(checkId)?.get(entityRef);
  }

  /** Every open check per entity, for the given entities. */
  openChecksOf(entityRefs: ReadonlySet<string>): Map<string, string[]> {
    const open = new Map<string, string[]>();
    for (const [checkId, entities] of this.byCheck) {
      for (const [entityRef, status] of entities) {
        if (status === 'waived' || !entityRefs.has(entityRef)) continue;
        open.set(entityRef, [...(open.get(entityRef) ?? []), checkId]);
      }
    }
    return open;
  }
}
