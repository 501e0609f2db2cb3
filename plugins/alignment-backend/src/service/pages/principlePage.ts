import {
  principleCheckId,
  PrinciplePageData,
  WaiverResponse,
} from '@lodestar/backstage-plugin-alignment-common';
import { inScope } from '../access/ReadScope';
import { passRate } from '../overviewFigures';
import {
  PageCaller,
  PageDeps,
  pageEntity,
  unlessWithheld,
  yearAgo,
} from './pageContext';

/**
 * What a Principle's page shows besides its own text: its compile status
 * and counts, its pass rate over time and the waivers against it. Who
 * fails it is `GET /entities?check=`.
 */
export async function principlePage(
  deps: PageDeps,
  caller: PageCaller,
  entityRef: string,
): Promise<PrinciplePageData> {
  const { ref } = await pageEntity(deps, caller, entityRef, 'Principle');
  const checkId = principleCheckId(ref);
  const [principles, passRateTrend, waivers] = await Promise.all([
    deps.queries.principles(caller.credentials, caller.scope),
    unlessWithheld(deps, caller, async () =>
      (
        await deps.db.checkTrends.daily(checkId, yearAgo(deps))
      ).map(d => ({
        ...d,
        passRate: passRate(d.pass + d.waived, d.fail),
      })),
    ),
    deps.db.waivers.list(),
  ]);
  const principle = principles.items.find(
    p => p.entityRef.toLocaleLowerCase('en-US') === ref,
  );
  if (!principle) {
    // The catalog showed the entity, so it is ours but not yet listed.
    throw new Error(`The principle ${ref} could not be summarised`);
  }
  return {
    principle,
    passRateTrend,
    waivers: waivers
      .filter(w => w.checkId === checkId && inScope(caller.scope, w.entityRef))
      .map((w): WaiverResponse => ({ ...w })),
  };
}
