import type { InputSource } from './parseInput';

/** One problem a refusal names: a field of the request and what is wrong with it. */
export interface RefusedField {
  /** Where the client sent the field. */
  source: InputSource;
  /**
   * The field as the client sent it, without its source (`limit`, `regions[0]`, `items[2].name`);
   * empty when the problem is with the whole source (`body: must have required property 'name'`).
   */
  field: string;
  /** What is wrong with it, as the message says (a semicolon in it included). */
  reason: string;
}

const SOURCES = 'body|query|params|headers';
// "Invalid request body: " or "Invalid request body and query: ", then the problems.
const HEADER = new RegExp(
  `^Invalid request (?:${SOURCES})(?: and (?:${SOURCES}))*: `,
);
// Each problem starts "body.regions[0]: ", "query.limit: " or "body: ", after "; " but the first.
const PROBLEM = new RegExp(`(?:^|; )(${SOURCES})((?:[.[][^\\s:;]*)?): `, 'g');

/**
 * The fields a refusal names, read back from its message so an error body can list them apart.
 * `parseInput` and `describeSpecViolation` write `Invalid request body: body.batch_size: <reason>;
 * body.regions[0]: <reason>`; a route may throw the same problems without that header
 * (`query.timeRange: <reason>`). A message in any other form (`Job not found: job_1`, `Invalid
 * request body: body must be JSON: syntax error`) names none.
 */
export function refusedFields(message: string): RefusedField[] {
  const header = HEADER.exec(message);
  const problems = header ? message.slice(header[0].length) : message;
  const starts = [...problems.matchAll(PROBLEM)];
  if (starts.length === 0 || starts[0].index !== 0) return [];
  return starts.map((match, i) => {
    const [whole, source, path] = match;
    const reasonStart = match.index! + whole.length;
    const reasonEnd = starts[i + 1]?.index ?? problems.length;
    return {
      source: source as InputSource,
      field: path.replace(/^\./, ''),
      reason: problems.slice(reasonStart, reasonEnd),
    };
  });
}
