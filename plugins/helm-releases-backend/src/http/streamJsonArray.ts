import type { Response } from 'express';

/**
 * Writes the items as one JSON array, each serialised as it comes and the next one awaited only
 * once the socket has taken it, so a list of thousands of releases is never one string in memory.
 * How many records could not be decoded is known only at the end: it is sent as an HTTP trailer.
 * A failure after the first byte can no longer be an error answer: the connection is cut, so the
 * client sees a truncated body rather than a complete-looking list. A client that goes away
 * ends the listing (its iterator is closed) instead of leaving it waiting for a drain.
 */
export async function streamJsonArray<T>(
  res: Response,
  listing: { releases: AsyncIterable<T>; undecodable(): number },
  countHeader: string,
): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Trailer', countHeader);
  // One listener each for the whole answer: compression hands `drain` listeners to its gzip
  // stream, where a `once` per write would pile up.
  let drained: (() => void) | undefined;
  let closed = false;
  const wake = () => {
    drained?.();
    drained = undefined;
  };
  const writable = () => new Promise<void>(r => (drained = r));
  res.on('drain', wake);
  res.on('close', () => {
    closed = true;
    wake();
  });
  res.write('[');
  let first = true;
  try {
    for await (const item of listing.releases) {
      const more = res.write(`${first ? '' : ','}${JSON.stringify(item)}`);
      first = false;
      if (!more && !closed) await writable();
      if (closed) return;
    }
  } catch (error) {
    res.destroy(error as Error);
    return;
  }
  res.addTrailers({ [countHeader]: String(listing.undecodable()) });
  res.end(']');
}
