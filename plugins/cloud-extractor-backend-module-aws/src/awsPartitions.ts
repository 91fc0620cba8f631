import type { RegionNames } from '@fawkes/plugin-cloud-extractor-node';

/**
 * AWS partitions by the names of their regions, as in the SDK's partition table. Each partition
 * is its own ARN prefix (`arn:aws-cn:…`), so a region also says how its ARNs start.
 */
const PARTITIONS: Array<[partition: string, regions: RegExp]> = [
  ['aws', /^(us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d+$/],
  ['aws-cn', /^cn-[a-z]+-\d+$/],
  ['aws-us-gov', /^us-gov-[a-z]+-\d+$/],
  ['aws-iso', /^us-iso-[a-z]+-\d+$/],
  ['aws-iso-b', /^us-isob-[a-z]+-\d+$/],
  ['aws-iso-e', /^eu-isoe-[a-z]+-\d+$/],
  ['aws-iso-f', /^us-isof-[a-z]+-\d+$/],
  ['aws-eusc', /^eusc-de-[a-z]+-\d+$/],
];

/** The partition a region belongs to; undefined for a name that is no AWS region. */
export function awsPartitionOf(region: string): string | undefined {
  return PARTITIONS.find(([, regions]) => regions.test(region))?.[0];
}

export const AWS_REGION_NAMES: RegionNames = {
  owns: region => awsPartitionOf(region) !== undefined,
  expected:
    'an AWS region such as us-east-1, eu-central-2, cn-north-1 or us-gov-west-1',
};
