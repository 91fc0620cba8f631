import {
  InfoCard,
  Link,
  StructuredMetadataTable,
} from '@backstage/core-components';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  CLOUD_PROVIDER_ANNOTATION,
  CLOUD_REGION_ANNOTATION,
  CLOUD_SERVICE_ANNOTATION,
  PROVIDER_ANNOTATIONS,
} from '../annotations';

/**
 * A cloud resource the extractor published: its provider, service, region, account (or
 * subscription, project), canonical id, console link and tags. All of it is on the entity, so the
 * card asks the backend nothing.
 */
export function CloudResourceCard() {
  const { entity } = useEntity();
  const annotations = entity.metadata.annotations ?? {};
  const provider = annotations[CLOUD_PROVIDER_ANNOTATION];
  if (!provider) {
    return (
      <InfoCard title="Cloud resource">
        <MissingAnnotationEmptyState annotation={CLOUD_PROVIDER_ANNOTATION} />
      </InfoCard>
    );
  }
  const ids = PROVIDER_ANNOTATIONS[provider];
  const consoleUrl = annotations['backstage.io/view-url'];
  const tags = Object.entries(entity.metadata.labels ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  const metadata: Record<string, string> = {
    Provider: provider,
    Service: annotations[CLOUD_SERVICE_ANNOTATION] ?? '-',
    Type: String(entity.spec?.type ?? '-'),
    Region: annotations[CLOUD_REGION_ANNOTATION] ?? '-',
    ...(ids
      ? {
          [ids.scopeLabel]: annotations[ids.scope] ?? '-',
          Id: annotations[ids.id] ?? '-',
        }
      : {}),
    Tags: tags || 'none',
  };
  return (
    <InfoCard title="Cloud resource">
      <StructuredMetadataTable metadata={metadata} />
      {consoleUrl && (
        <div style={{ marginTop: 8 }}>
          <Link to={consoleUrl}>Open in the {provider} console</Link>
        </div>
      )}
    </InfoCard>
  );
}
