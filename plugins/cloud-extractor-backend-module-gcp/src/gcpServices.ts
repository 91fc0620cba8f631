/** GCP services: each a set of Cloud Asset types, and the catalog spec.type of each. */
export const GCP_SERVICES: Array<{
  service: string;
  description: string;
  types: Record<string, string>;
}> = [
  {
    service: 'compute',
    description: 'Extracts Compute Engine instances, networks and firewalls',
    types: {
      'compute.googleapis.com/Instance': 'compute-instance',
      'compute.googleapis.com/Network': 'vpc-network',
      'compute.googleapis.com/Firewall': 'firewall',
    },
  },
  {
    service: 'storage',
    description: 'Extracts Cloud Storage buckets',
    types: { 'storage.googleapis.com/Bucket': 'storage-bucket' },
  },
  {
    service: 'sql',
    description: 'Extracts Cloud SQL instances',
    types: { 'sqladmin.googleapis.com/Instance': 'cloudsql-instance' },
  },
  {
    service: 'gke',
    description: 'Extracts GKE clusters',
    types: { 'container.googleapis.com/Cluster': 'gke-cluster' },
  },
  {
    service: 'run',
    description: 'Extracts Cloud Run services',
    types: { 'run.googleapis.com/Service': 'cloud-run-service' },
  },
  {
    service: 'functions',
    description: 'Extracts Cloud Functions',
    types: {
      'cloudfunctions.googleapis.com/CloudFunction': 'cloud-function',
      'cloudfunctions.googleapis.com/Function': 'cloud-function',
    },
  },
  {
    service: 'pubsub',
    description: 'Extracts Pub/Sub topics',
    types: { 'pubsub.googleapis.com/Topic': 'pubsub-topic' },
  },
  {
    service: 'bigquery',
    description: 'Extracts BigQuery datasets',
    types: { 'bigquery.googleapis.com/Dataset': 'bigquery-dataset' },
  },
];
