import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { AlignmentClient, AlignmentService } from './AlignmentClient';

/**
 * Service through which backend plugins read alignment results. Its default
 * factory is an HTTP client for the alignment backend.
 * @public
 */
export const alignmentServiceRef = createServiceRef<AlignmentService>({
  id: 'lodestar.alignment',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { discovery: coreServices.discovery, auth: coreServices.auth },
      factory: ({ discovery, auth }) =>
        new AlignmentClient({ discovery, auth }),
    }),
});
