export interface Config {
  /** Configuration of the cloud-extractor plugin. A provider is enabled only when configured here. */
  cloudExtractor?: {
    providers?: {
      /** AWS (module `cloudExtractorModuleAws`); credentials per account come from the top-level `aws` config. */
      aws?: {
        /** AWS account ids to scan; each is one catalog entity provider. */
        accounts: string[];
        /** Regions scanned when a trigger names none. Default: us-east-1. */
        regions?: string[];
        /** The services to extract (ec2, s3, rds, lambda, eks, ecs, elbv2, iam, dynamodb, cloudfront, route53, apigateway, sqs, sns, ecr). Default: all. */
        services?: string[];
        /** Regions scanned at once per account. Default 4. */
        regionConcurrency?: number;
        /** Services listed at once within a region. Default 3. */
        serviceConcurrency?: number;
        /** Tag calls at once per service and region (S3, Lambda, ECS, ELBv2, IAM, DynamoDB tags are read separately). Default 10. */
        tagConcurrency?: number;
        /** SDK attempts per call, with adaptive retry. Default 5. */
        maxAttempts?: number;
        /** One endpoint for every client, e.g. LocalStack. */
        endpoint?: string;
      };
      /** Azure (module `cloudExtractorModuleAzure`), through Resource Graph. */
      azure?: {
        /** Subscription ids to scan; each is one catalog entity provider. */
        subscriptions: string[];
        /** Locations scanned when a trigger names none. Default: all. */
        regions?: string[];
        /** A service principal; the default Azure credential chain when unset. */
        tenantId?: string;
        clientId?: string;
        /** @visibility secret */
        clientSecret?: string;
        /** Azure Resource Manager endpoint. Default https://management.azure.com. */
        endpoint?: string;
        /** Token audience. Default https://management.azure.com. */
        audience?: string;
        /** Rows per Resource Graph page. Default 1000. */
        pageSize?: number;
        /** Attempts per page on 429 and 5xx. Default 5. */
        maxAttempts?: number;
      };
      /** GCP (module `cloudExtractorModuleGcp`), through Cloud Asset Inventory. */
      gcp?: {
        /** Project ids to scan; each is one catalog entity provider. */
        projects: string[];
        /** Locations searched when a trigger names none. Default: all. */
        regions?: string[];
        /** Assets per page. Default 500. */
        pageSize?: number;
        /** Cloud Asset REST endpoint. Default Google's. */
        endpoint?: string;
        /** A service account key file; Application Default Credentials when unset. */
        keyFilename?: string;
      };
    };
    /** Optional transports next to the catalog. */
    transport?: {
      /** The seed's filesystem transport: `<directory>/<job id>/<provider>-<scope>.ndjson`, one resource per line. */
      filesystem?: { directory: string };
    };
    /** How resources become catalog entities. */
    catalog?: {
      /** The tag or label whose value names the owner. Default `owner`. */
      ownerTag?: string;
      /**
       * The owner when the tag is absent or not a Group or User reference. Must itself be one, or the
       * backend does not start. Default `group:default/cloud-platform`.
       */
      defaultOwner?: string;
    };
    jobs?: {
      /** Seconds a runner's claim lasts without renewal. Default 60. */
      leaseSeconds?: number;
      /** Seconds between looks for pending jobs. Default 5. */
      pollIntervalSeconds?: number;
      /** Jobs run at once per backend replica. Default 2. */
      concurrency?: number;
      /** Claims per job before a job whose runner keeps dying is failed. Default 2. */
      maxAttempts?: number;
      /** Days finished jobs and their events are kept. Default 30. */
      retentionDays?: number;
      /** Minutes after which a running job is stopped and failed. Default 60. */
      timeoutMinutes?: number;
      /** Seconds between progress writes. Default 1. */
      progressIntervalSeconds?: number;
      /** Milliseconds between an event stream's looks for new events. Default 500. */
      eventPollIntervalMs?: number;
    };
    schedules?: {
      /** Seconds between checks for due schedules. Default 30. */
      checkIntervalSeconds?: number;
    };
  };
}
