import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { CloudProvider } from './types';

/** Lets backend modules add cloud providers to the cloud-extractor plugin. */
export interface CloudExtractorProvidersExtensionPoint {
  addProvider(provider: CloudProvider): void;
}

export const cloudExtractorProvidersExtensionPoint =
  createExtensionPoint<CloudExtractorProvidersExtensionPoint>({
    id: 'cloud-extractor.providers',
  });
