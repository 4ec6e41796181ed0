// The README examples run as written: every `expression; // literal` line of its js blocks is evaluated
// against the package and compared with the literal in the comment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import * as langtag from '../src/index.js';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
const LITERAL = /^(.*?);\s*\/\/\s*('(?:[^'\\]|\\.)*'|true|false|-?\d+|\[(?:'[^']*'(?:, )?)*\])(?:\s|$|:|\()/;
const examples = blocks.flatMap((b) =>
  b
    .split('\n')
    .map((line) => LITERAL.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null && !m[1]!.startsWith('import') && !m[1]!.startsWith('const')),
);

test('the README has examples to check', () => {
  expect(examples.length).toBeGreaterThan(15);
});

test.each(examples.map((m) => [m[1]!, m[2]!]))('README: %s → %s', (expression, literal) => {
  const names = Object.keys(langtag);
  const evaluate = new Function(...names, `return (${expression});`) as (...args: unknown[]) => unknown;
  const expected = new Function(`return (${literal});`)() as unknown;
  expect(evaluate(...names.map((n) => (langtag as Record<string, unknown>)[n]))).toEqual(expected);
});
