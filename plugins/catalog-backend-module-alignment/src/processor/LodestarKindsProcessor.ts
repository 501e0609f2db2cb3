import { Entity } from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  compileRule,
  formatValidationProblems,
  isLodestarEntity,
  validateLodestarEntity,
} from '@lodestar/backstage-plugin-alignment-common';
import { lodestarRelations } from '../relations/lodestarRelations';

/**
 * Teaches the catalog the Strategy, Objective, Principle and Campaign kinds,
 * and links entities to what Lodestar says about them.
 *
 * An entity that breaks its kind's schema, or a Principle whose rule does not
 * compile, is rejected with the problem named: the catalog keeps serving the
 * previous good version and shows the error on the entity's page.
 */
export class LodestarKindsProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'LodestarKindsProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (!isLodestarEntity(entity)) {
      return false;
    }
    const problems = validateLodestarEntity(entity);
    if (problems.length > 0) {
      throw new Error(
        `Invalid ${entity.kind} "${
          entity.metadata.name
        }":\n${formatValidationProblems(problems)}`,
      );
    }
    if (entity.kind.toLowerCase() === 'principle') {
      // Compiled here too, not only at evaluation time, so a broken rule never
      // replaces a working one: the evaluator keeps using the last good version.
      const rule = compileRule((entity.spec as { rule: string }).rule);
      if (!rule.ok) {
        throw new Error(
          `Principle "${entity.metadata.name}": spec.rule does not compile: ${rule.error}`,
        );
      }
    }
    return true;
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    for (const relation of lodestarRelations(entity)) {
      emit(processingResult.relation(relation));
    }
    return entity;
  }
}
