/**
 * The factstore frontend plugin: a Compliance tab on components and an approvals inbox.
 *
 * @packageDocumentation
 */
export { factstorePlugin as default } from './plugin';
export { factstoreApiRef } from './api';
export {
  FACTSTORE_FLOW_ANNOTATION,
  FACTSTORE_ORG_ANNOTATION,
} from './annotations';
