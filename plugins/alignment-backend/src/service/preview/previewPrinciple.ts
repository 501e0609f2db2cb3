import { stringifyEntityRef } from '@backstage/catalog-model';
import type {
  PreparedPrinciple,
  PrinciplePreview,
} from '@lodestar/backstage-plugin-alignment-common';
import { performance } from 'node:perf_hooks';
import type { AlignmentDatabase } from '../../database/AlignmentDatabase';
import { inSlices } from '../../evaluation/inSlices';
import { inScope, ReadScope } from '../access/ReadScope';
import type { PreviewSnapshot } from './PreviewSnapshots';

const MAX_FAILING = 50;

type OwnerOutcomes = { pass: number; fail: number; error: number };

/**
 * What a draft principle would do to every evaluated entity the caller may
 * see, on the given snapshot, storing nothing. Evaluation yields to other
 * requests in slices, as a run does.
 */
export async function previewPrinciple(options: {
  draft: PreparedPrinciple;
  preview: PreviewSnapshot;
  db: AlignmentDatabase;
  scope: ReadScope;
  now: Date;
}): Promise<PrinciplePreview> {
  const { draft, preview, scope, now } = options;
  const started = performance.now();
  const [waivers, facts] = await Promise.all([
    options.db.waivers.activeByEntity(now.toISOString()),
    options.db.facts.allLatest(),
  ]);
  const outcomes = { pass: 0, fail: 0, error: 0 };
  const byOwner = new Map<string, OwnerOutcomes>();
  const levelChanges = new Map<string, number>();
  let before = 0;
  let after = 0;
  const failing: PrinciplePreview['failing'] = [];
  for await (const entity of inSlices(preview.evaluated)) {
    const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
    if (!inScope(scope, ref)) continue;
    const result = preview.engine.previewPrinciple(entity, draft, {
      now,
      waivers: waivers.get(ref),
      facts: facts.get(ref),
      before: preview.scores.get(ref),
    });
    if (!result) continue;
    const owner = result.owner ?? '';
    // A waived failure still fails the rule; the waiver shows in the score.
    const status =
      result.check.status === 'waived' ? 'fail' : result.check.status;
    if (status !== 'pass' && status !== 'fail' && status !== 'error') continue;
    outcomes[status] += 1;
    const counts = byOwner.get(owner) ?? { pass: 0, fail: 0, error: 0 };
    counts[status] += 1;
    byOwner.set(owner, counts);
    before += result.before.score;
    after += result.after.score;
    if (result.before.level !== result.after.level) {
      const key = `${result.before.level}>${result.after.level}`;
      levelChanges.set(key, (levelChanges.get(key) ?? 0) + 1);
    }
    if (status !== 'pass' && failing.length < MAX_FAILING) {
      failing.push({
        entityRef: ref,
        ...(owner && { owner }),
        status,
        message: result.check.message,
        scoreBefore: result.before.score,
        scoreAfter: result.after.score,
      });
    }
  }
  const applies = outcomes.pass + outcomes.fail + outcomes.error;
  return {
    principleRef: draft.ref,
    checkId: draft.checkId,
    snapshotAt: preview.readAt.toISOString(),
    applies,
    ...outcomes,
    byOwner: [...byOwner]
      .map(([owner, counts]) => ({ owner, ...counts }))
      .sort(
        (a, b) =>
          b.fail + b.error - (a.fail + a.error) ||
          a.owner.localeCompare(b.owner),
      ),
    levelChanges: [...levelChanges].map(([key, count]) => {
      const [from, to] = key.split('>');
      return { from, to, count } as PrinciplePreview['levelChanges'][number];
    }),
    meanScore: {
      before: applies ? Math.round(before / applies) : null,
      after: applies ? Math.round(after / applies) : null,
    },
    failing,
    durationMs: Math.round(performance.now() - started),
  };
}
