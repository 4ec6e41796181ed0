// The library answers the browser tests compare the page with, imported here because the test file's own
// package (examples) does not depend on the libraries.
export { toASCII, toUnicode, checkDomain } from '@nomina/idna';
export { scriptRuns } from '@nomina/script';
export { scriptName } from '@nomina/ucd';
export { createSkeletonIndex, displayPolicy, EXAMPLE_TOP_DOMAINS } from '@nomina/security';
export { canonicalize, displayName, maximize, minimize, validate } from '@nomina/langtag';
export { detect, detectSpans } from '@nomina/langid';
export { createKeywordIndex } from '@nomina/keywords';
export { parseAddress, html, strict, registration } from '@nomina/email';
export { parseEntries } from '../src/entries.js';
