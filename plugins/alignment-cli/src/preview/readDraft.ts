import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputFileError } from '../files/loadEntityFiles';
import { displayPath, LocatedEntity, readInputs } from '../inputs/readInputs';

/**
 * The draft cannot be read or picked out of its file: a usage or input
 * error (exit code 2), as opposed to a draft that is there but invalid.
 */
export class DraftInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftInputError';
  }
}

function listNames(principles: LocatedEntity[]): string {
  return principles.map(p => p.entity.metadata.name).join(', ');
}

/**
 * Picks the draft out of the file's documents: the only Principle, or the
 * Principle named `name`. Anything ambiguous is an error rather than a
 * guess, since previewing the wrong principle would mislead.
 */
export function selectDraft(
  file: string,
  entities: LocatedEntity[],
  name?: string,
): LocatedEntity {
  const principles = entities.filter(e => e.entity.kind === 'Principle');
  if (principles.length === 0) {
    throw new DraftInputError(
      `${file}: no Principle found (expected kind: Principle)`,
    );
  }
  if (name === undefined) {
    if (principles.length === 1) return principles[0];
    throw new DraftInputError(
      `${file}: holds ${principles.length} Principles (${listNames(
        principles,
      )}); choose one with --name`,
    );
  }
  const named = principles.filter(p => p.entity.metadata.name === name);
  if (named.length === 1) return named[0];
  if (named.length === 0) {
    throw new DraftInputError(
      `${file}: no Principle named "${name}" (found ${listNames(principles)})`,
    );
  }
  throw new DraftInputError(
    `${file}: ${named.length} Principles are named "${name}" (${named
      .map(p => `${p.ref} at line ${p.line}`)
      .join(', ')})`,
  );
}

/**
 * Reads the draft principle from a YAML or JSON file (JSON is valid YAML),
 * located by file and line for the messages. Throws {@link DraftInputError}.
 */
export async function readDraft(
  file: string,
  cwd: string,
  name?: string,
): Promise<LocatedEntity> {
  const shown = displayPath(cwd, file);
  const stat = await fs.stat(path.resolve(cwd, file)).catch(() => undefined);
  if (stat?.isDirectory()) {
    throw new DraftInputError(
      `${shown}: is a directory; give the file that holds the draft`,
    );
  }
  try {
    // As a strategy path: the draft is policy, validated as `check` does.
    const { entities } = await readInputs([], [file], cwd);
    return selectDraft(shown, entities, name);
  } catch (error) {
    if (error instanceof InputFileError) {
      throw new DraftInputError(error.message);
    }
    throw error;
  }
}
