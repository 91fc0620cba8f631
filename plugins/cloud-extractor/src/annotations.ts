import type { Entity } from '@backstage/catalog-model';

/** Set by the cloud-extractor on every entity it publishes: the provider the resource is in. */
export const CLOUD_PROVIDER_ANNOTATION = 'cloud-extractor.fawkes.dev/provider';
export const CLOUD_SERVICE_ANNOTATION = 'cloud-extractor.fawkes.dev/service';
export const CLOUD_REGION_ANNOTATION = 'cloud-extractor.fawkes.dev/region';

/** Each provider's canonical id and scope (account, subscription, project) annotations. */
export const PROVIDER_ANNOTATIONS: Record<
  string,
  { id: string; scope: string; scopeLabel: string }
> = {
  aws: {
    id: 'amazonaws.com/arn',
    scope: 'amazonaws.com/account-id',
    scopeLabel: 'Account',
  },
  azure: {
    id: 'management.azure.com/resourceId',
    scope: 'management.azure.com/subscriptionId',
    scopeLabel: 'Subscription',
  },
  gcp: {
    id: 'cloud.google.com/resource-name',
    scope: 'cloud.google.com/project',
    scopeLabel: 'Project',
  },
};

export const isCloudResource = (entity: Entity) =>
  !!entity.metadata.annotations?.[CLOUD_PROVIDER_ANNOTATION];
