import type { RunningArtifact } from './snapshotDiff';

/** One entry of a Kosli snapshot report: K8S pods, ECS tasks, Lambda, S3, docker, server, Azure apps, Cloud Run. */
export interface ReportedInstance {
  digests?: Record<string, string> | null;
  podName?: string;
  namespace?: string;
  taskArn?: string;
  functionName?: string;
  containerName?: string;
  app_name?: string;
  serviceName?: string;
  revisionName?: string;
  jobName?: string;
  creationTimestamp?: number;
}

/** Where an entry runs, whatever the reporter calls it. */
function instanceOf(entry: ReportedInstance): string | undefined {
  if (entry.serviceName)
    return entry.revisionName
      ? `${entry.serviceName}/${entry.revisionName}`
      : entry.serviceName;
  return (
    entry.podName ??
    entry.taskArn ??
    entry.functionName ??
    entry.containerName ??
    entry.app_name ??
    entry.jobName
  );
}

/** The running artifacts of a report: one per digest of each instance, with its start time. */
export function runningOfReport(
  entries: ReportedInstance[],
): RunningArtifact[] {
  return entries.flatMap(entry =>
    Object.entries(entry.digests ?? {}).map(([name, sha256]) => ({
      name,
      sha256,
      instance: instanceOf(entry),
      startedAt:
        entry.creationTimestamp && entry.creationTimestamp > 0
          ? Math.trunc(entry.creationTimestamp)
          : undefined,
      namespace: entry.namespace || undefined,
    })),
  );
}
