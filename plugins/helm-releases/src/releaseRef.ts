import { helmReleaseResourceRef } from '@fawkes/plugin-helm-releases-common';

/** One release on one configured cluster. */
export interface ReleaseRef {
  cluster: string;
  namespace: string;
  name: string;
}

/** The query every release route takes to find it. */
export const queryOf = (ref: ReleaseRef) => ({
  namespace: ref.namespace,
  context: ref.cluster,
});

/** The resourceRef the backend authorizes the release's actions with. */
export const resourceRefOf = (ref: ReleaseRef) => helmReleaseResourceRef(ref);
