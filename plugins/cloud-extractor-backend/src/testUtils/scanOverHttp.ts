import { eventually } from './awsTestConfig';

/** The part of supertest a scan needs: a started backend's `http`. */
interface Http {
  get(path: string): { set(headers: object): PromiseLike<{ body: any }> };
  post(path: string): {
    set(headers: object): { send(body: object): PromiseLike<{ body: any }> };
  };
}

/**
 * Triggers an extraction through `POST /extraction/trigger` as `headers`' caller and answers the
 * finished job (`GET /extraction/jobs/{id}`), as a user of the API sees it.
 */
export async function scanOverHttp(
  http: Http,
  headers: object,
  body: object,
  timeoutMs = 60_000,
) {
  const { job_id } = (
    await http
      .post('/api/cloud-extractor/extraction/trigger')
      .set(headers)
      .send(body)
  ).body;
  return eventually(async () => {
    const job = (
      await http
        .get(`/api/cloud-extractor/extraction/jobs/${job_id}`)
        .set(headers)
    ).body;
    return ['completed', 'failed', 'cancelled'].includes(job.status)
      ? job
      : undefined;
  }, timeoutMs);
}
