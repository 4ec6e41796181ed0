// JSON Schema building blocks shared by the routes: the core Issue, the problem document, and small helpers.
// Request schemas are closed (`additionalProperties: false`: a misspelt option is a 400, not ignored);
// response schemas drive serialization (fast-json-stringify) and the OpenAPI document alike.

export type Schema = Record<string, unknown>;

/** An object schema: every property listed, `required` ones required, nothing else allowed. */
export function object(properties: Record<string, Schema>, required: readonly string[] = [], description?: string) {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required: [...required],
    additionalProperties: false,
  } as const;
}

/** An output object: like `object`, but every property is always present (`required` = all). */
export function output(properties: Record<string, Schema>, optional: readonly string[] = []) {
  return object(
    properties,
    Object.keys(properties).filter((k) => !optional.includes(k)),
  );
}

export const string = (description?: string, extra: Schema = {}) =>
  ({ type: 'string', ...(description ? { description } : {}), ...extra }) as const;
export const nullableString = (description?: string) =>
  ({ type: ['string', 'null'], ...(description ? { description } : {}) }) as const;
export const boolean = (description?: string) =>
  ({ type: 'boolean', ...(description ? { description } : {}) }) as const;
export const integer = (description?: string, extra: Schema = {}) =>
  ({ type: 'integer', ...(description ? { description } : {}), ...extra }) as const;
export const number = (description?: string, extra: Schema = {}) =>
  ({ type: 'number', ...(description ? { description } : {}), ...extra }) as const;
export const array = (items: Schema, extra: Schema = {}) => ({ type: 'array', items, ...extra }) as const;
export const choice = (values: readonly string[], description?: string) =>
  ({ type: 'string', enum: [...values], ...(description ? { description } : {}) }) as const;

/**
 * The one Issue shape of @nomina/core: every field present, -1 where not applicable. Packages add fields
 * after these (keywords' `byteOffset`, langtag's `subtag`): they pass through.
 */
export const issueSchema = {
  $id: 'Issue',
  type: 'object',
  description: 'A problem found (@nomina/core Issue): code named after the rule, where it happened.',
  properties: {
    code: string('Stable code named after the rule (V6, CONTEXTO:MIDDLE_DOT, KEY_TOO_LONG…)'),
    message: string('English explanation; not stable, never parse it'),
    severity: choice(['error', 'warning']),
    label: integer('0-based label, subtag, line or part; -1 when not applicable'),
    offset: integer('UTF-16 offset (within the label when label ≥ 0); -1 when not applicable'),
    codePoint: integer('The code point concerned; -1 when not applicable'),
  },
  required: ['code', 'message', 'severity', 'label', 'offset', 'codePoint'],
  additionalProperties: true,
} as const;

/** Issues, by reference to the shared `Issue` schema (an OpenAPI component). */
export const issuesSchema = array({ $ref: 'Issue#' });

/** RFC 9457 problem details with the service's extensions (see problem.ts). */
export const problemSchema = {
  $id: 'Problem',
  type: 'object',
  description: 'RFC 9457 problem details; `code` and `issues` are extensions',
  properties: {
    type: string('urn:nomina:problem:<code>'),
    title: string(),
    status: integer(),
    detail: string(),
    instance: string(),
    code: string('The problem code (REQUEST_INVALID, BODY_TOO_LARGE…)'),
    issues: issuesSchema,
  },
  required: ['type', 'title', 'status', 'detail', 'instance', 'code', 'issues'],
  additionalProperties: false,
} as const;

/** The schemas every route refers to by `$id`: Fastify, the batch serializers and the OpenAPI components share them. */
export const SHARED_SCHEMAS = [issueSchema, problemSchema] as const;

/** The problem responses every route may give, for the OpenAPI document. */
export function problemResponses(statuses: readonly number[]): Record<number, Schema> {
  const out: Record<number, Schema> = {};
  for (const status of statuses)
    out[status] = {
      description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem',
      content: { 'application/problem+json': { schema: { $ref: 'Problem#' } } },
    };
  return out;
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request: invalid JSON or UTF-8, or not matching the schema',
  401: 'Missing or wrong bearer token',
  403: 'Writes are disabled (no token configured)',
  404: 'Not found',
  408: 'The request took too long to arrive',
  413: 'Body or batch too large',
  415: 'Unsupported media type',
  422: 'The entry was refused by the library (issues say why)',
  429: 'Rate limited',
  500: 'Internal error',
  503: 'Not ready, shutting down, or timed out',
};
