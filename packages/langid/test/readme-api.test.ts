// Issue #11: each entry point exports what the README documents (every runtime export named in a
// heading of the README's API section), and no export is mutable state.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as langid from '../src/index.js';
import * as full from '../src/full.js';
import { documentedNames, expectExportsDocumented } from '../../../test-vectors/readme-api.js';

const readme = join(__dirname, '..', 'README.md');

describe.each([
  ['@nomina/langid', langid],
  ['@nomina/langid/full', full],
] as const)('%s', (_name, module) => {
  test('every runtime export is documented in the README API headings', () => {
    expectExportsDocumented(module as unknown as Record<string, unknown>, readme);
  });
  test('every name the API headings document is exported (types aside)', () => {
    const runtime = new Set(Object.keys(module));
    const types = [
      'Detection',
      'Candidate',
      'DetectIssue',
      'DetectIssueCode',
      'DetectOptions',
      'Detector',
      'Span',
      'SpanOptions',
      'SpanResult',
      'ModelData',
      'Tier',
      'Model',
      'TrainingSample',
      'TrainOptions',
      'ModelIssueCode',
    ];
    expect([...documentedNames(readme)].filter((n) => !runtime.has(n) && !types.includes(n))).toEqual([]);
  });
  test('no exported mutable state: constants are primitives, the rest functions', () => {
    for (const [name, value] of Object.entries(module))
      expect(['string', 'number', 'function'], name).toContain(typeof value);
  });
});

test('the internal tier builder is not exported (createDetector and createSpanDetector are the building blocks)', () => {
  expect('createTier' in langid).toBe(false);
});

test('DetectIssue keeps its published fields first: {code, message, …core Issue}', () => {
  const [issue] = langid.detect('').issues;
  expect(Object.keys(issue!)).toEqual(['code', 'message', 'severity', 'label', 'offset', 'codePoint']);
});
