import { Entity } from '@backstage/catalog-model';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import {
  formatValidationProblems,
  isLodestarEntity,
  validateLodestarEntity,
} from '@lodestar/backstage-plugin-alignment-common';

/**
 * Teaches the catalog the Strategy, Objective and Principle kinds. An entity
 * that breaks its kind's schema is rejected with every problem named, so the
 * catalog keeps serving the previous good version and shows the error on the
 * entity's page.
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
    return true;
  }
}
