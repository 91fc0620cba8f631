import { createPermission } from '@backstage/plugin-permission-common';

/** Start an extraction job. */
export const cloudExtractorJobCreatePermission = createPermission({
  name: 'cloud-extractor.job.create',
  attributes: { action: 'create' },
});

export const cloudExtractorPermissions = [cloudExtractorJobCreatePermission];
