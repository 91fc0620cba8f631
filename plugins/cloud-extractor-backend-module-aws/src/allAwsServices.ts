import { AWS_EDGE_SERVICES } from './awsEdgeServices';
import { AWS_MESSAGING_SERVICES } from './awsMessagingServices';
import { AWS_COMPUTE_AND_DATA_SERVICES, type AwsService } from './awsServices';

/** Every AWS service the extractor lists, in the order GET /extraction/services shows them. */
export const AWS_SERVICES: AwsService[] = [
  ...AWS_COMPUTE_AND_DATA_SERVICES,
  ...AWS_EDGE_SERVICES,
  ...AWS_MESSAGING_SERVICES,
];
