// checkLgr on the lgr-core fixtures (idna2008_compliance, harmonization), small LGRs written for each
// rule, and the summary of RZ-LGR-5 Arabic against counts taken from the file text.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sharedVector } from '../../../test-vectors/locate.js';
import { checkLgr, parseLgr } from '../src/index.js';
import { ARABIC, corpusLgr } from './helpers.js';

const NS = 'xmlns="urn:ietf:params:xml:ns:lgr-1.0"';
const lgrOf = (data: string) => parseLgr(`<lgr ${NS}><data>${data}</data></lgr>`).lgr!;
const fixture = (name: string) => corpusLgr(`lgr-core-fixtures/${name}`);
const codes = (name: string) => checkLgr(fixture(name)!).issues.map((i) => i.code);

describe.runIf(sharedVector('lgr/lgr-core-fixtures') !== undefined)('lgr-core fixtures', () => {
  test('idna2008_compliance/compliant.xml: U+0041 only marks an out-of-repertoire variant, so no IDNA2008 issue', () => {
    expect(codes('idna2008_compliance/compliant.xml')).not.toContain('LGR_IDNA2008');
  });
  test('idna2008_compliance/non_compliant.xml: U+0041 is DISALLOWED (RFC 5892)', () => {
    const c = checkLgr(fixture('idna2008_compliance/non_compliant.xml')!);
    expect(c.issues.filter((i) => i.code === 'LGR_IDNA2008').map((i) => i.codePoint)).toEqual([0x41]);
  });
  test('idna2008_compliance/non_compliant_idna2003.xml: U+0041 and U+0518 (CYRILLIC CAPITAL LETTER QA, upper case) are DISALLOWED', () => {
    const c = checkLgr(fixture('idna2008_compliance/non_compliant_idna2003.xml')!);
    expect(c.issues.filter((i) => i.code === 'LGR_IDNA2008').map((i) => i.codePoint)).toEqual([0x41, 0x518]);
  });
  test.each([
    'a-b.xml',
    'a-c.xml',
    'c-e.xml',
    'hindi.xml',
    'nepali.xml',
    'rz-lgr.xml',
  ])('harmonization/%s: symmetry and transitivity as the mappings say', (name) => {
    const lgr = fixture(`harmonization/${name}`)!;
    const pairs = new Set(
      lgr.chars.flatMap((c) => c.variants.filter((v) => !v.reflexive).map((v) => `${c.cps}>${v.cps}`)),
    );
    const symmetric = [...pairs].every((p) => pairs.has(p.split('>').reverse().join('>')));
    expect(checkLgr(lgr).symmetric).toBe(symmetric);
  });
});

describe('rules', () => {
  test('asymmetric mapping', () => {
    const c = checkLgr(lgrOf('<char cp="0061"><var cp="0062"/></char><char cp="0062"/>'));
    expect(c.symmetric).toBe(false);
    expect(c.issues.map((i) => i.code)).toEqual(['LGR_NOT_SYMMETRIC']);
  });
  test('non-transitive mappings', () => {
    const c = checkLgr(
      lgrOf(
        '<char cp="0061"><var cp="0062"/></char><char cp="0062"><var cp="0061"/><var cp="0063"/></char><char cp="0063"><var cp="0062"/></char>',
      ),
    );
    expect([c.symmetric, c.transitive]).toEqual([true, false]);
    expect(c.issues.map((i) => i.code)).toEqual(['LGR_NOT_TRANSITIVE', 'LGR_NOT_TRANSITIVE']);
  });
  test('IDNA2008: DISALLOWED and UNASSIGNED code points, in chars and ranges', () => {
    const c = checkLgr(lgrOf('<char cp="0041"/><char cp="0061"/><range first-cp="0378" last-cp="0379"/>'));
    expect(c.issues.map((i) => [i.code, i.codePoint])).toEqual([
      ['LGR_IDNA2008', 0x41],
      ['LGR_IDNA2008', 0x378],
      ['LGR_IDNA2008', 0x379],
    ]);
    expect(c.ok).toBe(false);
  });
  test('undefined rule references', () => {
    const c = checkLgr(
      parseLgr(
        `<lgr ${NS}><data><char cp="0061" when="nope"/></data><rules><action disp="invalid" match="gone"/></rules></lgr>`,
      ).lgr!,
    );
    expect(c.issues.map((i) => i.code)).toEqual(['RFC7940_5.2', 'RFC7940_7']);
  });
});

describe.runIf(corpusLgr(ARABIC) !== undefined)('summary of RZ-LGR-5 Arabic', () => {
  test('figures match the file text', () => {
    const text = /<data>[\s\S]*<\/data>/.exec(readFileSync(sharedVector(`lgr/${ARABIC}`)!, 'utf8'))![0];
    const rules = /<rules>[\s\S]*<\/rules>/.exec(readFileSync(sharedVector(`lgr/${ARABIC}`)!, 'utf8'))![0];
    const c = checkLgr(corpusLgr(ARABIC)!);
    expect(c.ok).toBe(true);
    expect(c.summary.codePoints).toBe((text.match(/<char cp="[0-9A-F]+"/g) ?? []).length);
    expect(c.summary.byScript).toEqual({ Arab: c.summary.codePoints });
    expect(c.summary.variants).toBe((text.match(/<var /g) ?? []).length);
    expect(c.summary.variantsByType).toEqual({
      blocked: (text.match(/<var [^>]*type="blocked"/g) ?? []).length,
      allocatable: (text.match(/<var [^>]*type="allocatable"/g) ?? []).length,
    });
    expect(c.summary.rules).toBe((rules.match(/<rule name=/g) ?? []).length);
    expect(c.summary.actions).toBe((rules.match(/<action /g) ?? []).length);
  });
});
