import SwaggerParser from '@apidevtools/swagger-parser';

/**
 * Checks what a plugin serves at `/openapi.json`: its spec as written (the same OpenAPI version,
 * so 3.1 constructs are not served under a 3.0 label), every path under the plugin's base, and a
 * document the OpenAPI schema accepts, as a client generator would read it.
 */
export async function expectServedSpec(
  served: Record<string, unknown>,
  spec: { openapi?: unknown; paths: Record<string, unknown> },
  base: string,
): Promise<void> {
  const source = JSON.parse(JSON.stringify(spec));
  expect(served.openapi).toBe(source.openapi);
  expect(served.paths).toEqual(
    Object.fromEntries(
      Object.entries(source.paths).map(([path, item]) => [
        `${base}${path}`,
        item,
      ]),
    ),
  );
  expect(served.components).toEqual(source.components);
  // validate() dereferences the document it is given: it gets a copy.
  await expect(
    SwaggerParser.validate(JSON.parse(JSON.stringify(served))),
  ).resolves.toBeDefined();
}
