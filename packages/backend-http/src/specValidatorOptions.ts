/**
 * The options every plugin's OpenAPI router adds to @backstage/backend-openapi-utils' defaults.
 * Under Jest (NODE_ENV=test) each answer a route sends with `res.json` is also checked against the
 * spec: an answer the spec does not describe, or a status it does not list, becomes a 500 naming
 * the mismatch, so every router test also tests the spec. Production skips the check (its cost,
 * and an answer already computed should reach its client).
 */
export function specValidatorOptions(): { validateResponses?: boolean } {
  return process.env.NODE_ENV === 'test' ? { validateResponses: true } : {};
}
