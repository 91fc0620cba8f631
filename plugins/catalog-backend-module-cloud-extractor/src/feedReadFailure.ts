/**
 * Why the entity feed could not be read, for the log. When the catalog runs in another backend
 * than the plugin, a refused token or a wrong address is a deployment's configuration: the
 * message says which setting to look at.
 */
export function feedReadFailure(error: unknown): string {
  const { statusCode, response } = error as {
    statusCode?: number;
    response?: { url?: string };
  };
  const where = response?.url ? ` at ${response.url}` : '';
  const said = `Could not read the cloud-extractor entity feed${where}: ${error}`;
  if (statusCode === 401)
    return `${said}. The cloud-extractor's backend did not accept the catalog's service token: it checks the token against the keys the catalog publishes at /api/catalog/.backstage/auth/v1/jwks.json, found through its own discovery, so a backend that runs the plugin without the catalog must list the catalog's backend under discovery.endpoints`;
  if (statusCode === 404)
    return `${said}. Nothing answers the feed there: list the backend that runs the cloud-extractor plugin under discovery.endpoints`;
  return said;
}
