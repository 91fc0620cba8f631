/**
 * What the plugins' routers share: input validation, the error classes for statuses that
 * @backstage/errors lacks, and permission checks.
 *
 * @packageDocumentation
 */
export { UnprocessableEntityError, TooManyRequestsError, BadGatewayError } from './errors';
export { parseInput } from './parseInput';
export type { InputSource } from './parseInput';
export { authorizeOrThrow } from './authorize';
export { healthHandler } from './health';
export type { HealthOptions } from './health';
