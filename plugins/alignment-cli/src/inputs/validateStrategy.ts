import {
  LODESTAR_API_VERSION,
  PrincipleCompileStatus,
  validateLodestarEntity,
  ValidationProblem,
} from '@lodestar/backstage-plugin-alignment-common';
import { backstageProblem } from './backstageValidity';
import { isLodestarKind, LocatedEntity } from './readInputs';

/**
 * One message per invalid Strategy, Objective, Principle or Campaign in the strategy
 * files: `file:line: invalid Principle "name"` and an indented `path:
 * problem` line for each problem. The engine would quietly skip such an
 * entity, so a typo in a severity would switch a principle off without
 * anyone noticing; here it stops the run instead.
 */
export async function strategyProblems(
  entities: LocatedEntity[],
): Promise<string[]> {
  const messages: string[] = [];
  for (const { entity, file, line, fromStrategy } of entities) {
    if (!fromStrategy || !isLodestarKind(entity)) continue;
    const problems: ValidationProblem[] = [];
    // A Lodestar kind under another apiVersion is ignored by the engine.
    if (entity.apiVersion !== LODESTAR_API_VERSION) {
      problems.push({
        path: 'apiVersion',
        message: `must be ${LODESTAR_API_VERSION}, got "${entity.apiVersion}"`,
      });
    } else {
      problems.push(...validateLodestarEntity(entity));
    }
    const rejected = await backstageProblem(entity);
    if (rejected) problems.push({ path: 'metadata', message: rejected });
    if (problems.length > 0) {
      messages.push(
        [
          `${file}:${line}: invalid ${entity.kind} "${entity.metadata.name}"`,
          ...problems.map(p => `  ${p.path}: ${p.message}`),
        ].join('\n'),
      );
    }
  }
  return messages;
}

/** True when the strategy paths hold at least one Lodestar entity. */
export function hasStrategyEntities(entities: LocatedEntity[]): boolean {
  return entities.some(e => e.fromStrategy && isLodestarKind(e.entity));
}

/** Principles whose rule does not compile, split by whether they are enforced. */
export interface CompileProblems {
  /** Active principles: a broken policy must not pass CI, so these stop the run. */
  errors: string[];
  /** Deprecated principles are not evaluated; their broken rules are only noted. */
  warnings: string[];
}

/**
 * Names each principle whose rule does not compile, with its file:line and
 * the compiler's message.
 */
export function compileProblems(
  statuses: PrincipleCompileStatus[],
  entities: LocatedEntity[],
): CompileProblems {
  const result: CompileProblems = { errors: [], warnings: [] };
  for (const status of statuses) {
    if (status.compiled) continue;
    const located = entities.find(e => e.ref === status.ref);
    const where = located ? `${located.file}:${located.line}: ` : '';
    if (status.active) {
      result.errors.push(
        `${where}the rule of Principle "${status.name}" does not compile: ${status.error}`,
      );
    } else {
      result.warnings.push(
        `${where}warning: the rule of deprecated Principle "${status.name}" does not compile: ${status.error}`,
      );
    }
  }
  return result;
}
