import type { LoggerService } from '@backstage/backend-plugin-api';
import type { AlignmentConfig } from '@lodestar/backstage-plugin-alignment-common';
import type { FactProvider } from '@lodestar/backstage-plugin-alignment-node';
import type { DatabaseFactStore } from '../database/DatabaseFactStore';
import { factPushSchema } from '../service/outcomes/pushSchemas';
import { factProblem, observationsOf } from './factProblems';

/**
 * Asks a provider for facts and stores those that pass the checks a push
 * passes. Unlike a push, which is all or nothing so its sender sees every
 * problem at once, a pull keeps the good items and logs the bad ones: no
 * one is waiting on the answer, and one odd record from a CI server must
 * not hold back the rest.
 */
export async function pullFacts(options: {
  provider: FactProvider;
  facts: DatabaseFactStore;
  config: AlignmentConfig;
  logger: LoggerService;
  /** The refs Lodestar evaluates (the published results). */
  evaluatedRefs: () => Promise<string[]>;
  onFactsChanged: (entityRefs: string[]) => void;
  now: () => Date;
  signal?: AbortSignal;
}): Promise<{ accepted: number; duplicates: number; skipped: number }> {
  const { provider, logger } = options;
  const definitions = new Map(options.config.facts.map(d => [d.key, d]));
  let known: Set<string> | undefined;
  const evaluatedRefs = async () => {
    known ??= new Set(await options.evaluatedRefs());
    return [...known];
  };
  const items = await provider.collect({
    entityRefs: evaluatedRefs,
    logger,
    signal: options.signal,
  });
  known ??= new Set(await options.evaluatedRefs());

  const accepted = [];
  const problems: string[] = [];
  for (const [index, raw] of items.entries()) {
    const parsed = factPushSchema.safeParse({
      ...raw,
      source: raw.source || provider.id,
    });
    if (!parsed.success) {
      problems.push(
        `item ${index}: ${parsed.error.issues
          .map(i => `${i.path.join('.')}: ${i.message}`)
          .join('; ')}`,
      );
      continue;
    }
    const problem =
      factProblem(parsed.data.facts, definitions) ??
      (known.has(parsed.data.entityRef)
        ? undefined
        : `${parsed.data.entityRef} is not an entity Lodestar evaluates`);
    if (problem) {
      problems.push(`item ${index}: ${problem}`);
      continue;
    }
    accepted.push(parsed.data);
  }
  if (problems.length > 0) {
    logger.warn(
      `Lodestar skipped ${problems.length} of ${
        items.length
      } facts from provider ${provider.id}: ${problems
        .slice(0, 5)
        .join(' | ')}${problems.length > 5 ? ' | …' : ''}`,
    );
  }
  const receivedAt = options.now().toISOString();
  const outcome = await options.facts.write(
    observationsOf(accepted, receivedAt),
    receivedAt,
  );
  if (outcome.accepted > 0) {
    options.onFactsChanged([...new Set(accepted.map(a => a.entityRef))]);
  }
  logger.info(
    `Lodestar fact provider ${provider.id}: ${outcome.accepted} facts stored, ${outcome.duplicates} already known, ${problems.length} skipped`,
  );
  return { ...outcome, skipped: problems.length };
}
