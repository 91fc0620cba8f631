import { useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  JobProgress,
  JobStatus,
} from '@fawkes/plugin-cloud-extractor-common';
import { cloudExtractorApiRef } from '../api';

const LIVE = new Set<JobStatus>(['pending', 'running']);

/**
 * A job's status and progress, followed live through its server-sent events while it is pending
 * or running; `onFinished` runs once the stream says it has ended.
 */
export function useJobProgress(
  jobId: string,
  initial: { status: JobStatus; progress?: JobProgress },
  onFinished?: () => void,
) {
  const api = useApi(cloudExtractorApiRef);
  const [state, setState] = useState(initial);
  const [error, setError] = useState<Error>();
  const live = LIVE.has(initial.status);
  useEffect(() => {
    if (!live) return undefined;
    const controller = new AbortController();
    api
      .watchJob(
        jobId,
        event => {
          const status = event.data.status as JobStatus | undefined;
          const progress = event.data.progress as JobProgress | undefined;
          setState(previous => ({
            status: status ?? previous.status,
            progress: progress ?? previous.progress,
          }));
        },
        controller.signal,
      )
      .then(
        () => onFinished?.(),
        e => !controller.signal.aborted && setError(e),
      );
    return () => controller.abort();
    // Followed once per job; the callback may change identity on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, jobId, live]);
  return { ...state, error };
}
