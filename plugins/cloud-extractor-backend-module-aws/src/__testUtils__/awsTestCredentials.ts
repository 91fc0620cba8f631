import { ConfigReader } from '@backstage/config';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import { awsTestConfig } from '@fawkes/plugin-cloud-extractor-backend/testUtils';

/** Static keys for `TEST_ACCOUNT`, so a provider under aws-sdk-client-mock makes no STS call. */
export const awsTestCredentials = () =>
  DefaultAwsCredentialsManager.fromConfig(new ConfigReader(awsTestConfig()));
