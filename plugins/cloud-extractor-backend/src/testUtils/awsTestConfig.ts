import type { JsonObject } from '@backstage/types';

export const TEST_ACCOUNT = '123456789012';

/** Job timings short enough that tests do not wait. */
export const TEST_JOBS_CONFIG = {
  leaseSeconds: 2,
  pollIntervalSeconds: 0.2,
  progressIntervalSeconds: 0,
  eventPollIntervalMs: 50,
};

/**
 * Config of a backend with the catalog and the cloud-extractor's catalog module, both reading
 * often, and the cloud-extractor with `providers` and short job timings.
 */
export function catalogTestConfig(providers: JsonObject): JsonObject {
  return {
    catalog: {
      processingInterval: { seconds: 1 },
      providers: { cloudExtractor: { intervalSeconds: 1 } },
    },
    cloudExtractor: { providers, jobs: TEST_JOBS_CONFIG },
  };
}

/**
 * Config with AWS enabled for one account with static keys, so no STS call is made, and short
 * job timings so tests do not wait.
 */
export function awsTestConfig(
  overrides: {
    regions?: string[];
    services?: string[];
    jobs?: JsonObject;
    endpoint?: string;
  } = {},
): JsonObject {
  return {
    aws: {
      accounts: [
        {
          accountId: TEST_ACCOUNT,
          accessKeyId: 'AKIDEXAMPLE',
          secretAccessKey: 'test-secret',
        },
      ],
    },
    cloudExtractor: {
      providers: {
        aws: {
          accounts: [TEST_ACCOUNT],
          regions: overrides.regions ?? ['us-east-1'],
          maxAttempts: 3,
          ...(overrides.endpoint ? { endpoint: overrides.endpoint } : {}),
          ...(overrides.services ? { services: overrides.services } : {}),
        },
      },
      jobs: { ...TEST_JOBS_CONFIG, ...overrides.jobs },
    },
  };
}

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}
