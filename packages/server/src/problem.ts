// Errors as RFC 9457 problem details (`application/problem+json`). Every problem carries a stable `code`
// and `issues` in the one Issue shape of @nomina/core, so clients read HTTP errors and library results alike.
//
// | RFC 9457 member | here |
// |---|---|
// | §3.1.1 `type` | `urn:nomina:problem:<code in lower case>` (stable; not dereferenced) |
// | §3.1.2 `status` | the HTTP status code, also sent as the status line |
// | §3.1.3 `title` | a short summary of the type, the same for every occurrence |
// | §3.1.4 `detail` | this occurrence, in English (never a stack trace) |
// | §3.1.5 `instance` | the request path |
// | §3.2 extensions | `code` (the issue code of the problem), `issues` (every issue found) |
import { issue, type Issue } from '@nomina/core';

export const PROBLEM_TYPE = 'application/problem+json';

/** Problem codes of the service itself; library issue codes (V6, KEY_TOO_LONG…) travel in `issues`. */
export type ProblemCode =
  | 'REQUEST_INVALID'
  | 'JSON_INVALID'
  | 'UTF8_INVALID'
  | 'MEDIA_TYPE_UNSUPPORTED'
  | 'BODY_TOO_LARGE'
  | 'BATCH_TOO_LARGE'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'UNAUTHORIZED'
  | 'WRITES_DISABLED'
  | 'ENTRY_REFUSED'
  | 'RATE_LIMITED'
  | 'REQUEST_TIMEOUT'
  | 'HANDLER_TIMEOUT'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export const PROBLEM_TITLES: Record<ProblemCode, string> = {
  REQUEST_INVALID: 'The request does not match its schema',
  JSON_INVALID: 'The body is not valid JSON',
  UTF8_INVALID: 'The body is not valid UTF-8',
  MEDIA_TYPE_UNSUPPORTED: 'Unsupported media type',
  BODY_TOO_LARGE: 'The body is too large',
  BATCH_TOO_LARGE: 'The batch has too many items',
  NOT_FOUND: 'No such resource',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  UNAUTHORIZED: 'A valid bearer token is required',
  WRITES_DISABLED: 'Writes are disabled on this server',
  ENTRY_REFUSED: 'The entry was refused',
  RATE_LIMITED: 'Too many requests',
  REQUEST_TIMEOUT: 'The request took too long to arrive',
  HANDLER_TIMEOUT: 'The request took too long to answer',
  UNAVAILABLE: 'The service is not available',
  INTERNAL: 'Internal error',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ProblemCode;
  issues: Issue[];
}

/** A problem; `issues` defaults to one error issue with the problem's code and detail. */
export function problem(status: number, code: ProblemCode, detail: string, instance = '', issues?: Issue[]): Problem {
  return {
    type: `urn:nomina:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: PROBLEM_TITLES[code],
    status,
    detail,
    instance,
    code,
    issues: issues ?? [issue(code, detail)],
  };
}

/** An error that the error handler turns into its problem (thrown by handlers, parsers and hooks). */
export class ProblemError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ProblemCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
    this.name = 'ProblemError';
  }
}

/** The issues of schema validation errors (ajv's), one per error, with the JSON pointer of the value. */
export function validationIssues(
  errors: readonly { instancePath?: string; message?: string; params?: Record<string, unknown> }[] | null | undefined,
  where = 'body',
): Issue[] {
  return (errors ?? []).map((e) => {
    const extra = e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : '';
    const at = e.instancePath ? `${where}${e.instancePath}` : where;
    return { ...issue('REQUEST_INVALID', `${at} ${e.message ?? 'is invalid'}${extra}`), pointer: e.instancePath ?? '' };
  });
}

/** Fastify's error codes that are the client's fault, and their problems. */
const FASTIFY_CODES: Record<string, [number, ProblemCode]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'BODY_TOO_LARGE'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'MEDIA_TYPE_UNSUPPORTED'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'REQUEST_INVALID'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'JSON_INVALID'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'JSON_INVALID'],
};

const STATUS_CODES: Record<number, ProblemCode> = {
  400: 'REQUEST_INVALID',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  413: 'BODY_TOO_LARGE',
  415: 'MEDIA_TYPE_UNSUPPORTED',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
};

/**
 * The problem of an error thrown while serving `instance`: our ProblemErrors as they are, Fastify's
 * client errors by their code or status, schema validation as REQUEST_INVALID with one issue per error,
 * and anything else as a 500 whose detail says nothing of the internals (it is logged instead).
 */
export function toProblem(error: unknown, instance: string): Problem {
  if (error instanceof ProblemError)
    return problem(error.statusCode, error.code, error.message, instance, error.issues);
  const e = error as {
    code?: string;
    statusCode?: number;
    message?: string;
    validation?: unknown[];
    validationContext?: string;
  };
  if (Array.isArray(e.validation)) {
    const issues = validationIssues(e.validation as never, e.validationContext ?? 'body');
    return problem(400, 'REQUEST_INVALID', issues[0]?.message ?? 'invalid request', instance, issues);
  }
  const known = e.code ? FASTIFY_CODES[e.code] : undefined;
  if (known) return problem(known[0], known[1], e.message ?? known[1], instance);
  const status = e.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return problem(status, STATUS_CODES[status] ?? 'REQUEST_INVALID', e.message ?? 'bad request', instance);
  if (status === 503) return problem(503, 'UNAVAILABLE', e.message ?? 'unavailable', instance);
  return problem(500, 'INTERNAL', 'internal error (logged on the server)', instance);
}
