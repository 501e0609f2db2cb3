import {
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';

// The checks the Backstage catalog applies to every entity, whatever its kind
// (see the catalog backend's default entity policies). An entity that fails
// them never reaches the catalog; evaluating it would report on refs that
// cannot exist, and some shapes (tags that are not a list) would break the
// rules.
const policy = EntityPolicies.allOf([
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

/**
 * Why the Backstage catalog would reject the entity, or undefined when it
 * would accept it.
 */
export async function backstageProblem(
  entity: Entity,
): Promise<string | undefined> {
  try {
    await policy.enforce(entity);
    return undefined;
  } catch (error) {
    // Drop the link to the file format ADR that every message ends with.
    return String((error as Error)?.message ?? error)
      .replace(/\s*To learn more about catalog file format.*$/s, '')
      .trim();
  }
}
