import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import {
  LODESTAR_KINDS,
  refOf,
} from '@lodestar/backstage-plugin-alignment-common';
import {
  InputFileError,
  LoadedEntity,
  loadEntityFiles,
} from '../files/loadEntityFiles';

/** An entity read from disk, its canonical ref and where it was defined. */
export interface LocatedEntity extends LoadedEntity {
  /** Canonical lowercase ref, `kind:namespace/name`. */
  ref: string;
  /** Read from a `--strategy` path. */
  fromStrategy: boolean;
}

/** What `lodestar check` read, before anything is validated. */
export interface CheckInputs {
  /** Every entity once, from the catalog and the strategy paths. */
  entities: LocatedEntity[];
  /**
   * Strategy, Objective and Principle entities found only under the catalog
   * paths. They are left out: policy comes from `--strategy` alone.
   */
  ignored: LocatedEntity[];
}

/**
 * True for Strategy, Objective and Principle, whatever the apiVersion: under
 * a wrong apiVersion they are still meant as policy.
 */
export function isLodestarKind(entity: Entity): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return LODESTAR_KINDS.some(k => k.toLocaleLowerCase('en-US') === kind);
}

/**
 * A path as reported: relative to the working directory and `/`-separated,
 * or absolute when it lies outside the working directory (a `../../tmp`
 * path helps nobody find the file).
 */
export function displayPath(cwd: string, file: string): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  const shown =
    relative === '..' ||
    relative.startsWith(`..${path.sep}`) ||
    path.isAbsolute(relative)
      ? absolute
      : relative || '.';
  return shown.split(path.sep).join('/');
}

async function load(targets: string[], cwd: string): Promise<LoadedEntity[]> {
  try {
    return await loadEntityFiles(targets.map(t => path.resolve(cwd, t)));
  } catch (error) {
    // Report the file as the user would name it, not as an absolute path.
    if (error instanceof InputFileError) {
      throw new InputFileError(
        displayPath(cwd, error.file),
        error.line,
        error.column,
        error.problem,
      );
    }
    throw error;
  }
}

/**
 * Reads the catalog and strategy paths. A file reached through both (the
 * strategy folder inside the repository being checked, say) is the same
 * definition and is kept once; telling it apart from a real duplicate is why
 * entities are keyed by file and line here. Throws {@link InputFileError}.
 */
export async function readInputs(
  catalogPaths: string[],
  strategyPaths: string[],
  cwd: string,
): Promise<CheckInputs> {
  const strategy = await load(strategyPaths, cwd);
  const catalog = await load(catalogPaths, cwd);

  const byLocation = new Map<string, LocatedEntity>();
  const add = (loaded: LoadedEntity, fromStrategy: boolean) => {
    const file = displayPath(cwd, loaded.file);
    const key = `${file}:${loaded.line}`;
    if (byLocation.has(key)) return;
    byLocation.set(key, {
      ...loaded,
      file,
      ref: refOf(loaded.entity),
      fromStrategy,
    });
  };
  strategy.forEach(loaded => add(loaded, true));
  catalog.forEach(loaded => add(loaded, false));

  const entities: LocatedEntity[] = [];
  const ignored: LocatedEntity[] = [];
  for (const located of byLocation.values()) {
    if (!located.fromStrategy && isLodestarKind(located.entity)) {
      ignored.push(located);
    } else {
      entities.push(located);
    }
  }
  return { entities, ignored };
}

/**
 * One message per entity defined more than once, naming both places. Which
 * definition wins is unknowable, so the run stops rather than guess.
 */
export function duplicateProblems(entities: LocatedEntity[]): string[] {
  const first = new Map<string, LocatedEntity>();
  const problems: string[] = [];
  for (const located of entities) {
    const earlier = first.get(located.ref);
    if (earlier) {
      problems.push(
        `${located.file}:${located.line}: ${located.entity.kind} "${located.ref}" is already defined at ${earlier.file}:${earlier.line}`,
      );
    } else {
      first.set(located.ref, located);
    }
  }
  return problems;
}
