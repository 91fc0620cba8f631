import {
  ApiBlueprint,
  createApiRef,
  discoveryApiRef,
  fetchApiRef,
  type DiscoveryApi,
  type FetchApi,
} from '@backstage/frontend-plugin-api';
import { fetchEventSource } from '@microsoft/fetch-event-source';
import { ResponseError } from '@backstage/errors';
import { CloudExtractorClient } from '@fawkes/plugin-cloud-extractor-common';

/** One server-sent event of a job: `status`, `progress`, `scope`… with its data. */
export interface JobEvent {
  type: string;
  data: Record<string, unknown>;
}

/** The generated client plus the job event stream, which is not JSON and so not generated. */
export interface CloudExtractorApi extends Pick<
  CloudExtractorClient,
  | 'listProviders'
  | 'listServices'
  | 'triggerExtraction'
  | 'listJobs'
  | 'getJob'
  | 'cancelJob'
  | 'listSchedules'
  | 'createSchedule'
  | 'updateSchedule'
  | 'deleteSchedule'
> {
  /**
   * Follows a job's events until it finishes or `signal` aborts; resolves when the stream ends.
   * A dropped connection is resumed from the last event (Last-Event-ID).
   */
  watchJob(
    jobId: string,
    onEvent: (event: JobEvent) => void,
    signal: AbortSignal,
  ): Promise<void>;
}

export const cloudExtractorApiRef = createApiRef<CloudExtractorApi>({
  id: 'plugin.cloud-extractor.client',
});

/** The browser's client: typed calls, and the event stream read with the user's token. */
export class CloudExtractorBrowserClient
  extends CloudExtractorClient
  implements CloudExtractorApi
{
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {
    super(deps);
  }

  async watchJob(
    jobId: string,
    onEvent: (event: JobEvent) => void,
    signal: AbortSignal,
  ): Promise<void> {
    const base = await this.deps.discoveryApi.getBaseUrl('cloud-extractor');
    await fetchEventSource(
      `${base}/extraction/jobs/${encodeURIComponent(jobId)}/events`,
      {
        fetch: this.deps.fetchApi.fetch,
        signal,
        // A job in a background tab still finishes; keep following it.
        openWhenHidden: true,
        async onopen(response) {
          if (!response.ok) throw await ResponseError.fromResponse(response);
        },
        onmessage(message) {
          if (!message.data) return;
          onEvent(JSON.parse(message.data) as JobEvent);
        },
        // The server ends the stream when the job has finished: do not reconnect then.
        onclose() {},
        onerror(error) {
          throw error;
        },
      },
    );
  }
}

export const cloudExtractorApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: cloudExtractorApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new CloudExtractorBrowserClient(deps),
    }),
});
