// DNS zone files (RFC 1035 §5) for `nomina check --zone`: the reader (src/core/zone.ts) and the command.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { checkFile } from '../src/commands/check.js';
import type { InputLine } from '../src/core/lines.js';
import { ZoneReader, unescapeName, type ZoneEvent } from '../src/core/zone.js';
import { MAX_RECORD_LENGTH } from '../src/limits.js';
import { memoryIO, ndjson, run } from './harness.js';

const ZONE = new URL('../../../examples/example.zone', import.meta.url).pathname;

function events(text: string, origin?: string): Array<[number, string, string]> {
  const reader = new ZoneReader(origin);
  const lines: InputLine[] = text.split('\n').map((line, i) => ({ lineNumber: i + 1, text: line, bytesRead: 0 }));
  const all: ZoneEvent[] = [...lines.flatMap((line) => reader.push(line)), ...reader.end(lines.length)];
  return all.map((e) => [e.lineNumber, e.kind, e.kind === 'problem' ? e.code : e.name]);
}

describe('ZoneReader: owner names of RFC 1035 §5.1 entries', () => {
  test('$ORIGIN, @, relative and absolute names, a blank owner repeating the previous one', () => {
    const zone = [
      '$ORIGIN example.',
      '$TTL 3600',
      '@ IN NS ns1',
      '  IN NS ns2.example.',
      'www IN A 192.0.2.1',
      'mail.other. IN A 192.0.2.2',
      '$ORIGIN sub',
      'a IN A 192.0.2.3',
    ].join('\n');
    expect(events(zone)).toEqual([
      [3, 'owner', 'example'],
      [5, 'owner', 'www.example'],
      [6, 'owner', 'mail.other'],
      [8, 'owner', 'a.sub.example'], // a relative $ORIGIN is relative to the current origin
    ]);
  });

  test('parentheses continue an entry over lines; comments and quoted strings do not count', () => {
    const zone = [
      '@ IN SOA ns1 host (',
      '  1 ; serial (not a parenthesis)',
      '  2 3 4 5 )',
      'txt IN TXT "a ; b ( c"',
      'next IN A 192.0.2.1',
    ].join('\n');
    expect(events(zone, 'example.')).toEqual([
      [1, 'owner', 'example'],
      [4, 'owner', 'txt.example'],
      [5, 'owner', 'next.example'],
    ]);
  });

  test('--origin for relative names before any $ORIGIN; without one they stay as written', () => {
    expect(events('www IN A 192.0.2.1', 'example.org')).toEqual([[1, 'owner', 'www.example.org']]);
    expect(events('www IN A 192.0.2.1')).toEqual([[1, 'owner', 'www']]);
  });

  test('wildcards and _underscore names are passed over (not host names: RFC 4592, RFC 8552)', () => {
    expect(events('*.shop IN A 192.0.2.1\n_dmarc IN TXT "v=DMARC1"', 'example.')).toEqual([
      [1, 'skipped', '*.shop.example'],
      [2, 'skipped', '_dmarc.example'],
    ]);
  });

  test('\\DDD escapes are UTF-8 bytes; \\X is X; a bad escape is ZONE_BAD_ESCAPE', () => {
    expect(unescapeName('b\\195\\188cher.example.')).toEqual({ name: 'bücher.example', absolute: true });
    expect(unescapeName('a\\.b')).toEqual({ name: 'a\\.b', absolute: false });
    expect(unescapeName('trailing\\.')).toEqual({ name: 'trailing\\.', absolute: false });
    expect(unescapeName('x\\300')).toBeUndefined();
    expect(events('x\\255y IN A 192.0.2.1')).toEqual([[1, 'problem', 'ZONE_BAD_ESCAPE']]);
  });

  test('$INCLUDE, $GENERATE, unknown directives and stray parentheses are reported', () => {
    expect(events('$INCLUDE other.zone\n$GENERATE 1-9 h$ A 192.0.2.$\n$FOO\nx IN A 1 )\ny IN SOA (')).toEqual([
      [1, 'problem', 'ZONE_INCLUDE'],
      [2, 'problem', 'ZONE_GENERATE'],
      [3, 'problem', 'ZONE_BAD_DIRECTIVE'],
      [4, 'owner', 'x'],
      [4, 'problem', 'ZONE_BAD_PARENTHESES'],
      [5, 'owner', 'y'],
      [5, 'problem', 'ZONE_BAD_PARENTHESES'], // never closed
    ]);
  });

  test(`an entry in parentheses of MAX_RECORD_LENGTH units is read; one unit more is ZONE_ENTRY_TOO_LONG`, () => {
    // `a IN TXT (` (10 units and a break), a filler line, `)`+break: 11 + (k + 1) + 2 = LENGTH.
    const entry = (length: number) => `a IN TXT (\n${'x'.repeat(length - 14)}\n)\nb IN A 192.0.2.1`;
    expect(events(entry(MAX_RECORD_LENGTH))).toEqual([
      [1, 'owner', 'a'],
      [4, 'owner', 'b'],
    ]);
    expect(events(entry(MAX_RECORD_LENGTH + 1))).toEqual([
      [1, 'owner', 'a'],
      [3, 'problem', 'ZONE_ENTRY_TOO_LONG'], // the line that went past the bound is dropped with the entry
      [4, 'owner', 'b'],
    ]);
  });
});

describe('nomina check --zone', () => {
  test('examples/example.zone: each distinct owner name checked once, wildcard and _underscore passed over', async () => {
    const { code, out } = await run(['check', '--zone', ZONE, '-f', 'ndjson']);
    const lines = ndjson(out);
    const records = lines.slice(0, -1);
    const inputs = records.map((r) => r.input);
    expect(new Set(inputs).size).toBe(inputs.length);
    expect(inputs).toContain('xn--bcher-kva.example'); // twice in the file (NS and DS), once here
    expect(inputs).toContain('www.sub.example');
    expect(inputs.some((name: string) => name.includes('*') || name.includes('_'))).toBe(false);
    expect(lines.at(-1).summary.zone).toEqual({ skipped: 2, duplicates: 1, unremembered: 0 });
    expect(code).toBe(1);
    // The zone's own syntax is never reported as a name problem (one error per space, as before).
    expect(records.every((r) => !r.input.includes(' '))).toBe(true);
    expect(readFileSync(ZONE, 'utf8')).toMatch(/\(\n/); // the sample does continue entries in parentheses
  });

  test('--only failed writes the failures; the summary still counts every name', async () => {
    const { out } = await run(['check', '--zone', ZONE, '--only', 'failed', '-f', 'ndjson']);
    const lines = ndjson(out);
    expect(lines.slice(0, -1).every((r) => r.ok === false)).toBe(true);
    expect(lines.at(-1).summary.passed).toBeGreaterThan(0);
  });

  test('MAX_ZONE_OWNERS: past the names remembered, a repeated owner is checked again, never lost', async () => {
    const zone = 'a.example. IN A 192.0.2.1\nb.example. IN A 192.0.2.1\nb.example. IN A 192.0.2.2\n';
    for (const [max, expected] of [
      [2, { names: 2, zone: { skipped: 0, duplicates: 1, unremembered: 0 } }],
      [1, { names: 3, zone: { skipped: 0, duplicates: 0, unremembered: 2 } }],
    ] as const) {
      const { io, out } = memoryIO(Readable.from([Buffer.from(zone)]));
      await checkFile([{ kind: 'zone', path: '-' }], { format: 'ndjson', maxZoneOwners: max }, io);
      expect(JSON.parse(out().trim().split('\n').at(-1)!).summary).toMatchObject(expected);
    }
  });

  test('--zone with --column is a usage error', async () => {
    expect((await run(['check', '--zone', ZONE, '--column', '1'])).code).toBe(2);
    expect((await run(['check', '--origin', 'example.'])).code).toBe(2);
  });
});
