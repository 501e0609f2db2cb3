import { createApiRef } from '@backstage/core-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import type { Scorecard } from '@lodestar/backstage-plugin-alignment-common';

/**
 * What the Lodestar frontend reads from and writes to the alignment backend.
 * @public
 */
export interface AlignmentApi {
  /** The latest scorecard of an entity, or undefined when it was never evaluated. */
  getScorecard(entityRef: CompoundEntityRef): Promise<Scorecard | undefined>;
}

/** @public */
export const alignmentApiRef = createApiRef<AlignmentApi>({
  id: 'plugin.alignment.api',
});
