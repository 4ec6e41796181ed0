// @nomina/core: the shape every Nomina package shares — one Issue type, one result shape, one error class
// for the assert helpers, and the small text helpers. Data-free: importing it costs a few hundred bytes.
export { issue, errorIssue, hasErrors, firstError, type Issue, type IssueAt, type Severity } from './issue.js';
export { result, type Outcome, type Result } from './result.js';
export { NominaError, assertOk, requireString, requireOption } from './error.js';
export { formatCodePoint, isAscii, isSurrogate, loneSurrogateOffset } from './text.js';
