/**
 * The events topic on which the cloud-extractor plugin says its entity feed has news; the catalog
 * module subscribes to it and reads the feed (`GET /catalog/entity-changes`).
 */
export const CLOUD_EXTRACTOR_ENTITY_FEED_TOPIC = 'cloud-extractor.entity-feed';
