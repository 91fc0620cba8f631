import type { NextFunction, Request, Response } from 'express';

/**
 * The Kosli CLI prints an error answer's top-level `message` (internal/requests): Backstage's error
 * body keeps its shape and gains that field, so the CLI shows the reason, not a dump of the map.
 */
export function kosliErrorMessages(
  _req: Request,
  res: Response,
  next: NextFunction,
) {
  const json = res.json.bind(res);
  res.json = (body?: unknown) => {
    const error = (body as { error?: { message?: unknown } } | null)?.error;
    if (res.statusCode >= 400 && typeof error?.message === 'string')
      return json({ ...(body as object), message: error.message });
    return json(body);
  };
  next();
}
