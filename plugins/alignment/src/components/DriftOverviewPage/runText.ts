import type { EvaluationRun } from '@lodestar/backstage-plugin-alignment-common';

/** A timestamp in the reader's locale and time zone, e.g. "21 Nov 2026, 15:41". */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** The header subtitle: when the figures were computed, and from how many entities. */
export function runSubtitle(run: EvaluationRun | undefined): string {
  if (!run) return 'No evaluation has run yet';
  if (run.status === 'running') {
    return `Evaluation running since ${formatTime(run.startedAt)}`;
  }
  const when = formatTime(run.finishedAt ?? run.startedAt);
  if (run.status === 'failed') return `Latest run failed at ${when}`;
  return `Latest run ${when} · ${entitiesEvaluated(run.evaluated)}`;
}

/** "1 entity evaluated", "66 entities evaluated". */
export function entitiesEvaluated(count: number): string {
  return `${count} ${count === 1 ? 'entity' : 'entities'} evaluated`;
}
