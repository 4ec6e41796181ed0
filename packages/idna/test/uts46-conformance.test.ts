// UTS #46 conformance: every line of IdnaTestV2.txt (17.0.0) is a named test of toUnicode, toAsciiN and
// toAsciiT with the flags the file's header prescribes (all checks on). The result must match exactly:
// the domain string, whether there is an error, and the set of status codes.
import { describe, expect, test } from 'vitest';
import { sharedVector } from '../../../test-vectors/locate.js';
import { toASCII, toUnicode, type Uts46Result } from '../src/index.js';
import { parseIdnaTestV2, type IdnaTestLine } from './idna-test-v2.js';

const path = sharedVector('unicode/idna/IdnaTestV2.txt');
const lines = path ? parseIdnaTestV2(path) : [];

const codes = (result: Uts46Result) => [...new Set(result.errors.map((e) => e.code))].sort();
const sorted = (status: string[]) => [...new Set(status)].sort();
const escape = (text: string) => JSON.stringify(text).slice(1, -1);

(path ? describe : describe.skip)('IdnaTestV2.txt', () => {
  test('the file is the 17.0.0 release with all its lines', () => {
    expect(lines.length).toBeGreaterThan(6000);
  });
  test.each(
    lines.map((t): [string, IdnaTestLine] => [`IdnaTestV2 line ${t.line}: ${escape(t.source)}`, t]),
  )('%s', (_, t) => {
    const unicode = toUnicode(t.source);
    expect({ domain: unicode.domain, codes: codes(unicode) }).toEqual({
      domain: t.toUnicode,
      codes: sorted(t.toUnicodeStatus),
    });
    expect(unicode.ok).toBe(t.toUnicodeStatus.length === 0);
    const asciiN = toASCII(t.source);
    expect({ domain: asciiN.domain, codes: codes(asciiN) }).toEqual({
      domain: t.toAsciiN,
      codes: sorted(t.toAsciiNStatus),
    });
    expect(asciiN.ok).toBe(t.toAsciiNStatus.length === 0);
    const asciiT = toASCII(t.source, { transitionalProcessing: true });
    expect({ domain: asciiT.domain, codes: codes(asciiT) }).toEqual({
      domain: t.toAsciiT,
      codes: sorted(t.toAsciiTStatus),
    });
    expect(asciiT.ok).toBe(t.toAsciiTStatus.length === 0);
  });
});
