// `nomina check` as a registry operator uses it every day (issue #13): names as arguments, several inputs,
// -o, --only, right output fields, one line per rule with the fix, one label convention, CSV for spreadsheets.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDomain } from '@nomina/idna';
import { registrableForm } from '../src/check/record.js';
import { ndjson, run } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'nomina-check-'));

describe('#13 where names come from', () => {
  test('arguments are names: `nomina check bücher.de` checks the name', async () => {
    const { code, out } = await run(['check', 'bücher.de', 'xn--bcher-kva.de', '-f', 'ndjson']);
    expect(
      ndjson(out)
        .slice(0, -1)
        .map((r) => [r.line, r.input, r.verdict]),
    ).toEqual([
      [1, 'bücher.de', 'registrable'],
      [2, 'xn--bcher-kva.de', 'registrable'],
    ]);
    expect(code).toBe(0);
  });

  test('an argument that is also a file is still a name, with a note pointing to --file', async () => {
    const path = join(dir, 'names.txt');
    writeFileSync(path, 'bücher.de\n');
    const { out, err } = await run(['check', path, '-f', 'ndjson']);
    expect(ndjson(out)[0].input).toBe(path);
    expect(err).toContain(`use --file ${path}`);
  });

  test('several --file inputs, standard input (-) and arguments in one run; records name their file', async () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, '# list A\nbücher.de\n');
    writeFileSync(b, '\nexample.com\n');
    const { code, out } = await run(
      ['check', 'münchen.de', '-', '--file', a, '--file', b, '-f', 'ndjson'],
      'straße.de\n',
    );
    expect(
      ndjson(out)
        .slice(0, -1)
        .map((r) => [r.file, r.line, r.input]),
    ).toEqual([
      ['(arguments)', 1, 'münchen.de'],
      ['-', 1, 'straße.de'],
      [a, 2, 'bücher.de'],
      [b, 2, 'example.com'],
    ]);
    expect(code).toBe(0);
    const csv = (await run(['check', '--file', a, '--file', b, '-f', 'csv'])).out;
    expect(csv.split('\r\n')[0]).toMatch(/^file,line,input,/);
  });

  test('-o FILE writes the report there; an unwritable FILE exits 2 before reading anything', async () => {
    const path = join(dir, 'report.csv');
    const { code, out } = await run(['check', 'bücher.de', '-o', path, '-f', 'csv']);
    expect(out).toBe('');
    expect(readFileSync(path, 'utf8')).toMatch(/^line,input,verdict/);
    expect(code).toBe(0);
    const bad = await run(['check', 'bücher.de', '-o', join(dir, 'no/such/dir/x.csv')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/cannot write/);
    const full = await run(['check', 'bücher.de', '-o', '/dev/full']); // a write error after opening
    expect(full.code).toBe(2);
    expect(full.err).toMatch(/cannot write \/dev\/full: ENOSPC/);
  });

  test('--only failed / passed filters the records, the summary counts all', async () => {
    // A name starting with "-" goes after `--` (else it reads as flags: -f oo.com).
    const failed = ndjson(
      (await run(['check', '--only', 'failed', '-f', 'ndjson', '--', 'bücher.de', '-foo.com'])).out,
    );
    expect(failed.map((r) => r.input ?? 'summary')).toEqual(['-foo.com', 'summary']);
    expect(failed.at(-1).summary).toMatchObject({ names: 2, passed: 1, failed: 1 });
    const passed = ndjson(
      (await run(['check', '--only', 'passed', '-f', 'ndjson', '--', 'bücher.de', '-foo.com'])).out,
    );
    expect(passed.map((r) => r.input ?? 'summary')).toEqual(['bücher.de', 'summary']);
    expect((await run(['check', 'a.com', '--only', 'some'])).code).toBe(2);
  });
});

describe('#13 wrong output fields: a field that cannot be computed is null, never a wrong value', () => {
  test('Bücher.DE (lookup-only): no mixed-case A-label; the lookup name and the fix instead', async () => {
    const [record] = ndjson((await run(['check', 'Bücher.DE', '-f', 'ndjson'])).out);
    expect(record).toMatchObject({ verdict: 'lookup-only', uName: null, aName: null, lookupName: 'xn--bcher-kva.de' });
    expect(record.fix).toEqual({ change: 'upper-case letters', registrable: 'bücher.de' });
    expect(record.reasons[0]).toMatchObject({ code: 'DISALLOWED', label: 0, offset: 0 });
  });

  test('xn--bcher-kva0.de (invalid Punycode): no uName ".de", the reason says why', async () => {
    const [record] = ndjson((await run(['check', 'xn--bcher-kva0.de', '-f', 'ndjson'])).out);
    expect(record).toMatchObject({ verdict: 'invalid', uName: null, aName: null });
    expect(record.reasons[0].code).toBe('A_LABEL_INVALID');
    const csvRow = (await run(['check', 'xn--bcher-kva0.de', '-f', 'csv'])).out.split('\r\n')[1]!;
    expect(csvRow).toMatch(/^1,xn--bcher-kva0\.de,invalid,false,,,/);
  });

  test('a registrable name keeps both forms', async () => {
    const [record] = ndjson((await run(['check', 'bücher.de', '-f', 'ndjson'])).out);
    expect(record).toMatchObject({ uName: 'bücher.de', aName: 'xn--bcher-kva.de' });
  });
});

describe('#13 error spam: one line per label and rule, with the positions and the one fix', () => {
  test('ＥＸＡＭＰＬＥ.com: one DISALLOWED line naming the seven positions, no UTS #46 repeat, the fix', async () => {
    const { out } = await run(['check', 'ＥＸＡＭＰＬＥ.com']);
    const lines = out.split('\n');
    expect(lines.filter((line) => /^ +DISALLOWED \(/.test(line))).toHaveLength(1);
    expect(out).toContain(
      'DISALLOWED (label 0: U+FF25 at 0, 6, U+FF38 at 1, U+FF21 at 2, U+FF2D at 3, U+FF30 at 4, U+FF2C at 5) (×7)',
    );
    expect(out).not.toContain('UTS #46');
    expect(out).toContain('fix: full-width letters; the registrable form is example.com');
  });

  test('UTS #46 errors at a place no IDNA2008 reason names are still shown', async () => {
    const { out } = await run(['check', 'a..com']);
    expect(out).toMatch(/UTS #46 /);
  });

  test('the registrable form is computed with UTS #46 mapping, and only when it is registrable', () => {
    expect(registrableForm('ＥＸＡＭＰＬＥ.com')).toEqual({ change: 'full-width letters', registrable: 'example.com' });
    expect(registrableForm('bücher。de')).toEqual({
      change: 'ideographic or full-width full stops',
      registrable: 'bücher.de',
    });
    expect(registrableForm('💩.la')).toBeUndefined(); // maps to itself: nothing to suggest
    for (const name of ['ＥＸＡＭＰＬＥ.com', 'Bücher.DE', 'bücher。de'])
      expect(checkDomain(registrableForm(name)!.registrable).verdict).toBe('registrable');
  });
});

describe('#13 one label convention: 0-based everywhere (check text, JSON, idna text)', () => {
  test('the second label is label 1 in check text and JSON, and @1 in idna text', async () => {
    const text = (await run(['check', 'example.-bad'])).out;
    const [record] = ndjson((await run(['check', 'example.-bad', '-f', 'ndjson'])).out);
    const idna = (await run(['idna', 'to-ascii', 'example.-bad'])).out;
    expect(record.reasons[0].label).toBe(1);
    expect(text).toContain('(label 1: U+002D at 0)');
    expect(idna).toContain('V3@1:0');
  });
});

describe('#13 plurals and the CSV formula guard', () => {
  test('"1 name", "2 names"', async () => {
    expect((await run(['check', 'bücher.de'])).out).toMatch(/^1 name: /m);
    expect((await run(['check', 'bücher.de', 'a.com'])).out).toMatch(/^2 names: /m);
    expect((await run(['idna', 'to-ascii', 'a.com'])).out).toMatch(/^1 name$/m);
  });

  test('-foo.com is guarded by default; --no-formula-guard writes it as it is', async () => {
    expect((await run(['check', '-f', 'csv', '--', '-foo.com'])).out).toContain("\r\n1,'-foo.com,");
    expect((await run(['check', '-f', 'csv', '--no-formula-guard', '--', '-foo.com'])).out).toContain(
      '\r\n1,-foo.com,',
    );
  });

  test('#12 warning: raw Bidi controls never reach a CSV cell, in any command', async () => {
    const evil = 'evil\u202Egnp.com';
    for (const argv of [
      ['check', '-f', 'csv'],
      ['idna', 'to-ascii', '-f', 'csv'],
      ['script', '-f', 'csv'],
      ['tag', 'parse', '-f', 'csv'],
      ['char', '--text', '-f', 'csv'],
    ]) {
      const { out } = await run([...argv, evil]);
      expect(out, argv.join(' ')).not.toContain('\u202E');
      expect(out, argv.join(' ')).toContain('202E');
    }
  });
});

describe('#13 the README registry session is real output', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const session = /```console\n([\s\S]*?)```/.exec(readme)![1]!;
  const zone = new URL('../../../examples/example.zone', import.meta.url).pathname;
  const [textPart, rest] = session.split('$ echo $?\n');
  const csvPart = rest!.split('cat failures.csv\n')[1]!;

  test('the text report of the failures, and its exit code', async () => {
    const { code, out } = await run(['check', '--zone', zone, '--only', 'failed']);
    expect(textPart!.split('\n').slice(1).join('\n')).toBe(out);
    expect(rest!.startsWith(`${code}\n`)).toBe(true);
  });

  test('the CSV for the spreadsheet', async () => {
    const path = join(dir, 'failures.csv');
    await run(['check', '--zone', zone, '--only', 'failed', '-f', 'csv', '-o', path]);
    expect(csvPart).toBe(readFileSync(path, 'utf8').replaceAll('\r\n', '\n'));
  });
});
