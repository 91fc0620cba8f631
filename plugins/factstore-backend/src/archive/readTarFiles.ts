import type { ReadEntry } from 'tar';

/** Why a tar archive could not be read, in words for the client. */
export class TarReadError extends Error {
  constructor(
    message: string,
    /** The archive unpacks to more than the limit (its files were not all read). */
    readonly tooLarge = false,
  ) {
    super(message);
    this.name = 'TarReadError';
  }
}

/**
 * The regular files of a tar or tar.gz archive by path (leading `./` and `/` removed), at most
 * `maxBytes` unpacked in all: a small archive must not inflate into memory without bound.
 */
export function readTarFiles(
  content: Buffer,
  maxBytes: number,
): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const files = new Map<string, Buffer>();
    let total = 0;
    let failed = false;
    const fail = (error: TarReadError) => {
      if (!failed) {
        failed = true;
        reject(error);
      }
    };
    // Loaded by the first archive read, not at start.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Parser }: typeof import('tar') = require('tar');
    const parser = new Parser({ strict: true });
    parser.on('entry', (entry: ReadEntry) => {
      if (entry.type !== 'File') {
        entry.resume();
        return;
      }
      const path = entry.path.replace(/^(\.\/|\/)+/, '');
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes)
          fail(
            new TarReadError(
              `unpacks to more than ${maxBytes / 1024 / 1024} MiB`,
              true,
            ),
          );
        else chunks.push(chunk);
      });
      entry.on('end', () => files.set(path, Buffer.concat(chunks)));
    });
    parser.on('error', (error: Error) => fail(new TarReadError(error.message)));
    parser.on('warn', (_code: string, message: string) =>
      fail(new TarReadError(message)),
    );
    parser.on('end', () => {
      if (!failed) resolve(files);
    });
    parser.end(content);
  });
}
