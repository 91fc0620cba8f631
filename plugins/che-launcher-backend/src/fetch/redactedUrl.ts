/**
 * A URL as messages and audit events may show it: scheme, host and path only. User info, query
 * and fragment are dropped, since that is where tokens travel (`?token=`, `?private_token=`,
 * signed download links). Undefined when the value is not a URL.
 */
export function redactedUrl(url: string | URL): string | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}
