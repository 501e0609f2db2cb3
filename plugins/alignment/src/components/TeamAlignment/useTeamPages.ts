import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { alignmentApiRef } from '../../api/AlignmentApi';

/** The alignment of the Group on this entity page, in one request. */
export function useTeamPage() {
  const { entity } = useEntity();
  const api = useApi(alignmentApiRef);
  return useAsyncRetry(
    () => api.getTeamPage(getCompoundEntityRef(entity)),
    [api, entity],
  );
}

/** The figures of the teams of the User on this entity page, in one request. */
export function useUserPage() {
  const { entity } = useEntity();
  const api = useApi(alignmentApiRef);
  return useAsyncRetry(
    () => api.getUserPage(getCompoundEntityRef(entity)),
    [api, entity],
  );
}
