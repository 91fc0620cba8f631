import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CloudResource } from '@fawkes/plugin-cloud-extractor-node';

/** A file name part made only of safe characters, so no id or scope can leave the directory. */
const safe = (value: string) =>
  value.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');

/** One open NDJSON file: one resource per line, written as the scan goes. */
export class NdjsonFile {
  private lines = 0;

  constructor(
    readonly path: string,
    private readonly stream: WriteStream,
  ) {}

  async write(resources: CloudResource[]): Promise<void> {
    if (resources.length === 0) return;
    this.lines += resources.length;
    if (
      !this.stream.write(
        `${resources.map(r => JSON.stringify(r)).join('\n')}\n`,
      )
    ) {
      await once(this.stream, 'drain');
    }
  }

  async close(): Promise<number> {
    this.stream.end();
    await once(this.stream, 'finish');
    return this.lines;
  }
}

/**
 * The seed's filesystem transport: every job writes `<directory>/<job id>/<provider>-<scope>.ndjson`
 * next to publishing into the catalog.
 */
export class NdjsonFiles {
  readonly directory: string;

  constructor(directory: string) {
    this.directory = resolve(directory);
  }

  async open(
    jobId: string,
    provider: string,
    scope: string,
  ): Promise<NdjsonFile> {
    const dir = join(this.directory, safe(jobId));
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${safe(provider)}-${safe(scope)}.ndjson`);
    const stream = createWriteStream(path, { flags: 'w' });
    await once(stream, 'open');
    return new NdjsonFile(path, stream);
  }
}
