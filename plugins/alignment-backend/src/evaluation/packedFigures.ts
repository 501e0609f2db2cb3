import {
  CheckStatus,
  isPrincipleCheckId,
} from '@lodestar/backstage-plugin-alignment-common';
import type { ResultFigures } from './RunAccumulator';

/**
 * A result's figures as a run remembers them for tens of thousands of
 * entities: its principle statuses as one character each, in the order of
 * a list of check ids that the results of a run share.
 */
export interface PackedFigures
  extends Omit<ResultFigures, 'checkStatuses' | 'objectiveRefs'> {
  objectiveRefs: readonly string[];
  /** One character per id of `statusIds`; `-` where the check is absent. */
  statuses: string;
  statusIds: readonly string[];
}

const CODES: Record<CheckStatus, string> = {
  pass: 'p',
  fail: 'f',
  waived: 'w',
  'not-applicable': 'n',
  error: 'e',
  'no-data': 'd',
  upcoming: 'u',
};
const STATUSES = new Map(
  Object.entries(CODES).map(([status, code]) => [code, status as CheckStatus]),
);

/**
 * Packs the figures of a run's results. Strings and lists that many
 * results share (owners, systems, objectives) are kept once, as values
 * that arrive from a worker thread are fresh copies each time.
 */
export class FigurePacker {
  // Only grows, so a code packed earlier still reads against it.
  private readonly ids: string[] = [];
  private readonly positions = new Map<string, number>();
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();

  pack(result: ResultFigures): PackedFigures {
    const codes: string[] = new Array(this.ids.length).fill('-');
    for (const id in result.checkStatuses) {
      if (!isPrincipleCheckId(id)) continue;
      let position = this.positions.get(id);
      if (position === undefined) {
        position = this.ids.push(id) - 1;
        this.positions.set(id, position);
      }
      codes[position] = CODES[result.checkStatuses[id]] ?? '-';
    }
    return {
      owner: this.string(result.owner),
      system: this.string(result.system),
      domain: this.string(result.domain),
      objectiveRefs: this.list(result.objectiveRefs),
      score: result.score,
      level: result.level,
      needsRevalidation: result.needsRevalidation,
      statuses: codes.join(''),
      statusIds: this.ids,
    };
  }

  private string(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    const kept = this.strings.get(value);
    if (kept !== undefined) return kept;
    this.strings.set(value, value);
    return value;
  }

  private list(values: readonly string[]): readonly string[] {
    const key = values.join('\n');
    let kept = this.lists.get(key);
    if (!kept) {
      kept = values.map(value => this.string(value)!);
      this.lists.set(key, kept);
    }
    return kept;
  }
}

/** The figures a run counts, unpacked. */
export function unpackFigures(packed: PackedFigures): ResultFigures {
  const checkStatuses: ResultFigures['checkStatuses'] = {};
  const { statuses, statusIds } = packed;
  for (let i = 0; i < statuses.length; i++) {
    const status = STATUSES.get(statuses[i]);
    if (status) checkStatuses[statusIds[i]] = status;
  }
  return {
    owner: packed.owner,
    system: packed.system,
    domain: packed.domain,
    objectiveRefs: packed.objectiveRefs as string[],
    score: packed.score,
    level: packed.level,
    needsRevalidation: packed.needsRevalidation,
    checkStatuses,
  };
}
