import type {
  FactPush,
  FactValue,
} from '@lodestar/backstage-plugin-alignment-common';
import { parseFactValue } from './factValues';
import { FieldLabel, pushProblems } from './validatePush';

/** The source of facts pushed with flags when `--source` is not given. */
export const DEFAULT_SOURCE = 'lodestar-cli';

/** The flags of `lodestar facts push` that describe one push. */
export interface PushFlags {
  entity?: string;
  source?: string;
  observedAt?: string;
  /** `key=value`, once per fact. */
  fact?: string[];
}

const FLAG_OF_FIELD: Record<string, string> = {
  entityRef: '--entity',
  source: '--source',
  observedAt: '--observed-at',
  facts: '--fact',
};

const flagLabel: FieldLabel = (field, key) => {
  const flag = FLAG_OF_FIELD[field ?? ''] ?? 'the flags';
  return `lodestar: ${key === undefined ? flag : `${flag} ${key}`}`;
};

function parseFacts(flags: string[]): {
  facts: Record<string, FactValue>;
  problems: string[];
} {
  const facts = new Map<string, FactValue>();
  const problems: string[] = [];
  for (const flag of flags) {
    const equals = flag.indexOf('=');
    if (equals === -1) {
      problems.push(`lodestar: --fact ${flag}: expected key=value`);
      continue;
    }
    const key = flag.slice(0, equals);
    const text = flag.slice(equals + 1);
    if (facts.has(key)) {
      problems.push(`lodestar: --fact ${key}: given more than once`);
    } else if (text === '') {
      // Usually an unset CI variable (`--fact rate=$RATE`): an empty
      // string would be stored, or refused as the wrong type.
      problems.push(`lodestar: --fact ${key}: has no value`);
    } else {
      facts.set(key, parseFactValue(text));
    }
  }
  return { facts: Object.fromEntries(facts), problems };
}

/**
 * Builds the one push the flags describe, or says everything wrong with
 * them at once: the problems of the `--fact` flags themselves, then those
 * any push is checked for.
 */
export function pushFromFlags(
  flags: PushFlags,
): { push: FactPush } | { problems: string[] } {
  const { facts, problems } = parseFacts(flags.fact ?? []);
  const push: FactPush = {
    entityRef: flags.entity ?? '',
    source: flags.source ?? DEFAULT_SOURCE,
    facts,
  };
  if (flags.observedAt !== undefined) push.observedAt = flags.observedAt;
  const all = [...problems, ...pushProblems(push, flagLabel)];
  return all.length > 0 ? { problems: all } : { push };
}
