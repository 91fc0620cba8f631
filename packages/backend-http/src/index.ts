/**
 * What the plugins' routers share: the typed routers built from their OpenAPI specs, input
 * validation, request bodies express.json could not read, the error classes for statuses that
 * @backstage/errors lacks, permission checks and audited requests.
 *
 * @packageDocumentation
 */
export {
  UnprocessableEntityError,
  TooManyRequestsError,
  BadGatewayError,
  MethodNotAllowedError,
} from './errors';
export { methodNotAllowed } from './methodNotAllowed';
export { parseInput } from './parseInput';
export { unreadableBodyError } from './unreadableBody';
export {
  sameSecret,
  hmacSha256Hex,
  rawBodyReader,
  rawBodyOf,
  type RawBody,
} from './signedRequests';
export {
  jsonBody,
  throwUnreadableBody,
  throwRefusedInput,
  deferSpecViolations,
  describeSpecViolation,
} from './refusedInput';
export { errorStatus } from './errorStatus';
export { refusedFields } from './refusedFields';
export type { RefusedField } from './refusedFields';
export { readCaller, runRoute } from './runRoute';
export type {
  RouteServices,
  RouteSpec,
  RouteCall,
  CallerCredentials,
} from './runRoute';
export type { EndpointMapOf } from './endpointMap';
export { specRouter } from './specRouter';
export type { SpecRouter } from './specRouter';
export { specValidatorOptions } from './specValidatorOptions';
export { validatedOnFirstRequest } from './validatedOnFirstRequest';
export { routerOnFirstRequest } from './routerOnFirstRequest';
export { loadOwnModule } from './loadOwnModule';
export type { InputSource } from './parseInput';
export { authorizeOrThrow } from './authorize';
export { healthHandler } from './health';
export { audited } from './audited';
export type { AuditMeta, AuditNote, AuditSpec } from './audited';
export type { HealthOptions } from './health';
export {
  databaseErrorHandler,
  databaseFailureOf,
  DATABASE_RETRY_AFTER_SECONDS,
} from './databaseErrors';
export type { DatabaseFailure } from './databaseErrors';
export { blockedAddressReason } from './addressPolicy';
export {
  checkOutboundUrl,
  guardedRequest,
  OutboundRefusedError,
  pinnedConnection,
} from './guardedRequest';
export type {
  OutboundPolicy,
  GuardedRequest,
  GuardedResponse,
} from './guardedRequest';
