import { describe, expect, test } from 'vitest';
import { toASCII } from '@nomina/idna';
import { displayPolicy } from '@nomina/security';
import { ndjson, run } from './harness.js';

describe('nomina idna', () => {
  test('to-ascii of names on the command line, text output', async () => {
    const { code, out } = await run(['idna', 'to-ascii', 'Bücher.example', 'faß.de']);
    expect(code).toBe(0);
    expect(out).toBe('Bücher.example\txn--bcher-kva.example\nfaß.de\txn--fa-hia.de\n2 names\n');
  });

  test('to-unicode; a failed name shows its codes with label and offset, exit 1', async () => {
    const { code, out } = await run(['idna', 'to-unicode', 'xn--bcher-kva.example', 'a_b.-x']);
    expect(code).toBe(1);
    expect(out).toBe(
      'xn--bcher-kva.example\tbücher.example\na_b.-x\ta_b.-x\tU1@0:1 U+005F V3@1:0 U+002D\n2 names, 1 failed\n',
    );
  });

  test('streams standard input, skipping blank lines, ndjson', async () => {
    const { code, out } = await run(['idna', 'to-ascii', '-f', 'ndjson', '-'], 'EXAMPLE.com\n\n\u05d0a.com\n');
    expect(code).toBe(1);
    const records = ndjson(out);
    expect(records[0]).toEqual({ line: 1, input: 'EXAMPLE.com', output: 'example.com', ok: true, issues: [] });
    expect(records[1]).toMatchObject({
      line: 3,
      ok: false,
      issues: [
        { code: 'B2', label: 0, offset: 1 },
        { code: 'B3', label: 0, offset: 1 },
      ],
    });
    expect(records[2]).toEqual({ summary: { names: 2, failed: 1 } });
  });

  test('flags map to the UTS #46 options', async () => {
    expect((await run(['idna', 'to-ascii', '--transitional', 'faß.de'])).out).toContain('\tfass.de\n');
    expect((await run(['idna', 'to-ascii', 'ab--c'])).code).toBe(1);
    expect((await run(['idna', 'to-ascii', '--no-check-hyphens', 'ab--c'])).code).toBe(0);
    expect((await run(['idna', 'to-ascii', '--no-std3-rules', 'a_b'])).code).toBe(0);
    expect((await run(['idna', 'to-ascii', '--no-verify-dns-length', 'a..b'])).code).toBe(0);
    expect((await run(['idna', 'to-ascii', '--no-check-bidi', '\u05d0a'])).code).toBe(0);
    expect((await run(['idna', 'to-ascii', '--no-check-joiners', 'a\u200db'])).code).toBe(0);
  });

  test('--url uses the URL Standard profile, --strict its beStrict', async () => {
    expect((await run(['idna', 'to-ascii', '--url', 'a_b.-x'])).code).toBe(0);
    expect((await run(['idna', 'to-ascii', '--url', '--strict', 'a_b.x'])).code).toBe(1);
  });

  test('csv output guards its cells', async () => {
    const { out } = await run(['idna', 'to-ascii', '-f', 'csv', '=cmd.example']);
    expect(out.split('\r\n')[0]).toBe('line,input,output,ok,issues');
    expect(out.split('\r\n')[1]).toBe("1,'=cmd.example,'=cmd.example,false,U1@0:0 U+003D");
  });

  test('json output is one document with a summary', async () => {
    const { out } = await run(['idna', 'to-unicode', '-f', 'json', 'xn--tda']);
    expect(JSON.parse(out)).toEqual({
      results: [{ line: 1, input: 'xn--tda', output: 'ü', ok: true, issues: [] }],
      summary: { names: 1, failed: 0 },
    });
  });

  test.each([
    [['idna'], 'expected to-ascii or to-unicode'],
    [['idna', 'to-punycode', 'x'], 'expected to-ascii or to-unicode'],
    [['idna', 'to-ascii', '--url', '--transitional', 'x'], '--url fixes the UTS #46 flags'],
    [['idna', 'to-ascii', '--strict', 'x'], '--strict goes with --url'],
    [['idna', 'to-unicode', '--transitional', 'x'], 'to-ascii only'],
    [['idna', 'to-ascii', '--bogus', 'x'], 'bogus'],
  ])('usage error %j: exit 2', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  test('--help', async () => {
    const { code, out } = await run(['idna', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: nomina idna to-ascii|to-unicode');
  });
});

describe('nomina idna to-unicode --display (issue #15)', () => {
  const names = ['xn--pypal-4ve.com', 'bücher.de', 'xn--80ak6aa92e.com', 'gօօgle.com', 'παράδειγμα.ελ', 'a_b.-x'];

  test.each([
    'chromium',
    'mozilla',
  ] as const)('--display-profile %s: the decision of displayPolicy per name', async (profile) => {
    const { code, out } = await run([
      'idna',
      'to-unicode',
      '--display',
      '--display-profile',
      profile,
      '-f',
      'ndjson',
      ...names,
    ]);
    const records = ndjson(out).slice(0, -1);
    expect(records).toHaveLength(names.length);
    for (const record of records) {
      const decision = displayPolicy(record.input, { profile });
      expect(record.display, record.input).toBe(decision.display);
      // Punycode is shown as the A-labels; a name that is not a domain stays as it was given.
      const ascii = toASCII(record.input);
      expect(record.shown, record.input).toBe(
        decision.display === 'unicode' ? decision.unicode : ascii.ok ? ascii.domain : record.input,
      );
      expect(
        record.displayReasons.map((r: { code: string }) => r.code),
        record.input,
      ).toEqual([...new Set([...decision.reasons, ...decision.issues])].map((r) => r.code));
    }
    expect(code).toBe(1); // a_b.-x fails ToUnicode; Punycode display alone is not a failure
  });

  test('profiles differ where their rules do: Armenian օ mixed with Latin', async () => {
    const chromium = ndjson((await run(['idna', 'to-unicode', '--display', '-f', 'ndjson', 'gօօgle.com'])).out)[0];
    const mozilla = ndjson(
      (await run(['idna', 'to-unicode', '--display', '--display-profile', 'mozilla', '-f', 'ndjson', 'gօօgle.com']))
        .out,
    )[0];
    expect([chromium.display, chromium.shown]).toEqual(['punycode', toASCII('gօօgle.com').domain]);
    expect(chromium.displayReasons.map((r: { code: string }) => r.code)).toContain('MIXED_SCRIPT_CONFUSABLE');
    expect(mozilla.display).toBe('unicode'); // Moderately Restrictive allows Latin + Armenian
  });

  test('text: name, form to show, decision, the reasons with label and offset; exit 0 when all convert', async () => {
    const { code, out } = await run(['idna', 'to-unicode', '--display', 'xn--pypal-4ve.com', 'bücher.de']);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^xn--pypal-4ve\.com\txn--pypal-4ve\.com\tpunycode\t.*MIXED_SCRIPT_CONFUSABLE@0:0/);
    expect(lines[1]).toBe('bücher.de\tbücher.de\tunicode');
    expect(code).toBe(0);
  });

  test('csv columns', async () => {
    const { out } = await run(['idna', 'to-unicode', '--display', '-f', 'csv', 'bücher.de']);
    expect(out.split('\r\n').slice(0, 2)).toEqual([
      'line,input,output,ok,issues,display,shown,display_reasons',
      '1,bücher.de,bücher.de,true,,unicode,bücher.de,',
    ]);
  });

  test.each([
    [['idna', 'to-ascii', '--display', 'x'], '--display applies to to-unicode'],
    [['idna', 'to-unicode', '--display-profile', 'mozilla', 'x'], '--display-profile goes with --display'],
    [['idna', 'to-unicode', '--display', '--display-profile', 'safari', 'x'], 'must be one of mozilla, chromium'],
  ])('usage error %j: exit 2', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
