/**
 * Typed clients of the suite's plugins, generated from their OpenAPI specs.
 *
 * @packageDocumentation
 */
export {
  createPluginClient,
  type PluginClientOptions,
  type PluginDiscovery,
  type PluginFetch,
} from './createPluginClient';
