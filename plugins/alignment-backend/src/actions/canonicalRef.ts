import { InputError } from '@backstage/errors';
import { normalizeRef } from '@lodestar/backstage-plugin-alignment-common';

/**
 * The normalized ref an assistant meant, or a 400 that shows the expected
 * form: assistants write refs loosely ("payments", "Group:payments").
 */
export function canonical(ref: string, defaultKind: string): string {
  const normalized = normalizeRef(ref, { defaultKind });
  if (!normalized) {
    throw new InputError(
      `"${ref}" is not an entity reference like ${defaultKind}:default/name`,
    );
  }
  return normalized;
}
