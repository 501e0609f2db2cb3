import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import type { Entity } from '@backstage/catalog-model';

/** An entity read from disk, with where it came from. */
export interface LoadedEntity {
  entity: Entity;
  file: string;
  /** 1-based line of the document's start. */
  line: number;
}

/** A file that could not be read or parsed, located as `file:line:column`. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.name = 'InputFileError';
  }
}

const YAML_FILE = /\.ya?ml$/i;

interface FoundFile {
  file: string;
  /** Named on the command line, rather than found by walking a directory. */
  explicit: boolean;
}

// A walked directory holds other YAML too (OpenAPI documents, CI workflows,
// Helm charts); only files that declare an apiVersion and a kind are read.
const LOOKS_LIKE_CATALOG = /^\s*apiVersion:/m;

async function expand(target: string, explicit = true): Promise<FoundFile[]> {
  let stat;
  try {
    stat = await fs.stat(target);
  } catch {
    throw new InputFileError(target, 1, 1, 'no such file or directory');
  }
  if (!stat.isDirectory()) {
    return [{ file: target, explicit }];
  }
  const entries = await fs.readdir(target, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter(e => !e.name.startsWith('.') && e.name !== 'node_modules')
      .filter(e => e.isDirectory() || YAML_FILE.test(e.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(e => expand(path.join(target, e.name), false)),
  );
  return nested.flat();
}

function isEntityShaped(value: unknown): value is Entity {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, any>;
  return (
    typeof v.apiVersion === 'string' &&
    typeof v.kind === 'string' &&
    typeof v.metadata?.name === 'string'
  );
}

/** Parses one file's text; every YAML document must be an entity or empty. */
export function parseEntityText(file: string, text: string): LoadedEntity[] {
  const loaded: LoadedEntity[] = [];
  // Without prettyErrors the parser gives only offsets (linePos stays
  // unset); the line counter turns them into a line and column.
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { prettyErrors: false, lineCounter });
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      throw new InputFileError(file, line, col, error.message.split('\n')[0]);
    }
    const value = doc.toJS();
    const start = doc.contents?.range?.[0] ?? 0;
    const line = text.slice(0, start).split('\n').length;
    if (value === null || value === undefined) continue;
    if (!isEntityShaped(value)) {
      throw new InputFileError(
        file,
        line,
        1,
        'not a catalog entity (expected apiVersion, kind and metadata.name)',
      );
    }
    loaded.push({ entity: value, file, line });
  }
  return loaded;
}

/**
 * Reads every entity from the given files and directories (recursively, the
 * `.yaml`/`.yml` files that declare an `apiVersion`). Throws {@link InputFileError} on the first file that
 * is missing or not valid YAML.
 */
export async function loadEntityFiles(
  targets: string[],
): Promise<LoadedEntity[]> {
  const files = (await Promise.all(targets.map(t => expand(t)))).flat();
  const loaded: LoadedEntity[] = [];
  for (const { file, explicit } of files) {
    const text = await fs.readFile(file, 'utf8');
    if (explicit || LOOKS_LIKE_CATALOG.test(text)) {
      loaded.push(...parseEntityText(file, text));
    }
  }
  return loaded;
}
