import { describe, expect, test } from 'vitest';
import { ndjson, run } from './harness.js';

describe('nomina email', () => {
  test('ADDRESS…: normalized form, SMTPUTF8 or ASCII, issues; exit 1 when one is invalid', async () => {
    const { code, out } = await run(['email', '用户@例子.广告', 'info@BÜCHER.example', 'a..b@example.org']);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      '用户@例子.广告\t用户@例子.广告\tsmtputf8',
      'info@BÜCHER.example\tinfo@bücher.example\tascii',
      'a..b@example.org\t-\t\tLOCAL_PART_CONSECUTIVE_DOTS@1 U+002E',
      '3 addresses: 2 valid (1 need SMTPUTF8), 1 invalid',
      '',
    ]);
    expect((await run(['email', 'jdoe@example.org'])).code).toBe(0);
  });

  test('a subscriber list on stdin: ndjson with the ASCII form, comments and blank lines skipped', async () => {
    const { code, out } = await run(
      ['email', '-', '-f', 'ndjson'],
      '# subscribers\njürgen@example.org\n\ninfo@bücher.example\n',
    );
    expect(code).toBe(0);
    const lines = ndjson(out);
    expect(lines[0]).toEqual({
      line: 2,
      input: 'jürgen@example.org',
      ok: true,
      normalized: 'jürgen@example.org',
      ascii: null,
      smtputf8: true,
      issues: [],
    });
    expect(lines[1]).toMatchObject({ line: 4, ascii: 'info@xn--bcher-kva.example', smtputf8: false });
    expect(lines[2]).toEqual({ summary: { addresses: 2, failed: 0, smtputf8: 1 } });
  });

  test('--profile registration and html, --only failed, csv', async () => {
    const reg = await run(
      ['email', '--profile', 'registration', '--only', 'failed', '-f', 'csv'],
      'jdoe@nomina.dev\npаypal@nomina.dev\n',
    );
    expect(reg.code).toBe(1);
    expect(reg.out.trim().split(/\r?\n/)).toEqual([
      'line,input,ok,normalized,ascii,smtputf8,issues',
      '2,pаypal@nomina.dev,false,,,,UTS39:RESTRICTION_LEVEL@0',
    ]);
    expect((await run(['email', '--profile', 'html', '用户@example.org'])).code).toBe(1);
    expect((await run(['email', '--profile', 'html', '.a..b.@example.org'])).code).toBe(0);
  });

  test('--display-name takes RFC 5322 name-addr; bad flags are usage errors (exit 2)', async () => {
    expect((await run(['email', '"Doe, John" <jdoe@example.org>'])).code).toBe(1);
    expect((await run(['email', '--display-name', '"Doe, John" <jdoe@example.org>'])).code).toBe(0);
    const bad = await run(['email', '--profile', 'loose', 'a@b.org']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--profile takes strict, html or registration');
  });
});
