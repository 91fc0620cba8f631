import { createPermission } from '@backstage/plugin-permission-common';

/** Start an extraction job. */
export const cloudExtractorJobCreatePermission = createPermission({
  name: 'cloud-extractor.job.create',
  attributes: { action: 'create' },
});

/** Cancel a pending or running extraction job. */
export const cloudExtractorJobCancelPermission = createPermission({
  name: 'cloud-extractor.job.cancel',
  attributes: { action: 'update' },
});

export const cloudExtractorScheduleCreatePermission = createPermission({
  name: 'cloud-extractor.schedule.create',
  attributes: { action: 'create' },
});

export const cloudExtractorScheduleUpdatePermission = createPermission({
  name: 'cloud-extractor.schedule.update',
  attributes: { action: 'update' },
});

export const cloudExtractorScheduleDeletePermission = createPermission({
  name: 'cloud-extractor.schedule.delete',
  attributes: { action: 'delete' },
});

export const cloudExtractorPermissions = [
  cloudExtractorJobCreatePermission,
  cloudExtractorJobCancelPermission,
  cloudExtractorScheduleCreatePermission,
  cloudExtractorScheduleUpdatePermission,
  cloudExtractorScheduleDeletePermission,
];
