// The XML parser on untrusted documents: what it refuses (DTDs, entities, malformed markup) and what it
// reads (predefined entities, character references, CDATA, comments), with line and column in messages.
import { describe, expect, test } from 'vitest';
import { parseLgr } from '../src/index.js';

const NS = 'xmlns="urn:ietf:params:xml:ns:lgr-1.0"';
const lgrDoc = (inner: string) => `<lgr ${NS}>${inner}<data><char cp="0061"/></data></lgr>`;
const first = (xml: string) => parseLgr(xml).issues[0];

describe('refused', () => {
  test('billion laughs: a DTD is refused before any entity is defined or expanded', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k || ''};`.repeat(10)}">`).join('')}]><lgr ${NS}><meta><version>&lol9;</version></meta><data/></lgr>`;
    const r = parseLgr(bomb);
    expect(r.lgr).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['XML_DOCTYPE']);
    expect(r.issues[0]!.message).toMatch(/^line 1, column 22:/);
    expect(r.issues[0]!.offset).toBe(21);
  });
  test('external entity (XXE) in a DTD is refused', () => {
    expect(first(`<!DOCTYPE lgr SYSTEM "file:///etc/passwd"><lgr ${NS}><data/></lgr>`)?.code).toBe('XML_DOCTYPE');
  });
  test.each([
    ['an undefined entity', lgrDoc('<meta><version>&xxe;</version></meta>'), 'XML_ENTITY'],
    ['an HTML entity outside CDATA', lgrDoc('<meta><description>a &mdash; b</description></meta>'), 'XML_ENTITY'],
    ['a reference to U+0000', lgrDoc('<meta><version>&#0;</version></meta>'), 'XML_ENTITY'],
    ['a reference to a surrogate', lgrDoc('<meta><version>&#xD800;</version></meta>'), 'XML_ENTITY'],
    ['a bare ampersand', lgrDoc('<meta><version>a & b</version></meta>'), 'XML_ENTITY'],
    ['a mismatched end tag', `<lgr ${NS}><data></lgr>`, 'XML_MALFORMED'],
    ['an unclosed element', `<lgr ${NS}><data/>`, 'XML_MALFORMED'],
    ['an unquoted attribute', `<lgr xmlns=urn:x><data/></lgr>`, 'XML_MALFORMED'],
    ['a repeated attribute', `<lgr ${NS} ${NS}><data/></lgr>`, 'XML_MALFORMED'],
    ["'<' in an attribute value", `<lgr ${NS}><data><char cp="<"/></data></lgr>`, 'XML_MALFORMED'],
    ['a control character', lgrDoc('<meta><version>\u0001</version></meta>'), 'XML_MALFORMED'],
    ['a lone surrogate', lgrDoc('<meta><version>\ud800</version></meta>'), 'XML_MALFORMED'],
    ['text after the root', `<lgr ${NS}><data/></lgr>junk`, 'XML_MALFORMED'],
    ['two roots', `<lgr ${NS}><data/></lgr><lgr ${NS}><data/></lgr>`, 'XML_MALFORMED'],
    ['an unterminated comment', `<lgr ${NS}><data/><!-- </lgr>`, 'XML_MALFORMED'],
    ['an empty document', '', 'XML_MALFORMED'],
    ['another root element', '<html><data/></html>', 'RFC7940_4.2'],
    ['another namespace', '<lgr xmlns="urn:example"><data/></lgr>', 'RFC7940_4.2'],
  ])('%s', (_what, xml, code) => {
    expect(first(xml)?.code).toBe(code);
    expect(parseLgr(xml).ok).toBe(false);
  });
  test('positions: line and column in the message, UTF-16 offset in the issue', () => {
    const xml = `<lgr ${NS}>\n<data>\n  <char cp="00e9"/>\n</data></lgr>`;
    const i = first(xml)!;
    expect(i.code).toBe('RFC7940_5.1');
    expect(i.message).toMatch(/^line 3, column 3: <char>/);
    expect(i.offset).toBe(xml.indexOf('<char'));
  });
});

describe('read', () => {
  test('predefined entities, character references, CDATA, comments, processing instructions, BOM', () => {
    const xml = `\ufeff<?xml version="1.0" encoding="UTF-8"?><!-- hi --><lgr ${NS}><meta><version comment="&quot;1&quot; &amp; &#x263A;">1&lt;2&gt;&apos;&#65;</version><description type="text/html"><![CDATA[<p>a &mdash; b</p>]]></description></meta><?pi x?><data><char cp="0061"/></data></lgr>`;
    const r = parseLgr(xml);
    expect(r.issues).toEqual([]);
    expect(r.lgr!.meta.version).toBe("1<2>'A");
    expect(r.lgr!.meta.versionComment).toBe('"1" & ☺');
    expect(r.lgr!.meta.description).toEqual({ type: 'text/html', text: '<p>a &mdash; b</p>' });
  });
  test('attribute values are normalized (XML 1.0 §3.3.3)', () => {
    const r = parseLgr(`<lgr ${NS}><data><char cp="0061\n0062"/></data></lgr>`);
    expect(r.lgr!.chars[0]!.cps).toEqual([0x61, 0x62]);
  });
  test('unknown elements are warnings and ignored', () => {
    const r = parseLgr(`<lgr ${NS}><data><char cp="0061"/><foo/></data><extra/></lgr>`);
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['LGR_UNKNOWN_ELEMENT', 'warning'],
      ['LGR_UNKNOWN_ELEMENT', 'warning'],
    ]);
  });
  test('attributes the RFC 7940 schema does not define are warnings; a ref to no reference is an error', () => {
    const r = parseLgr(
      `<lgr ${NS}><meta><references><reference id="1">x</reference></references></meta><data><char cp="0061" not_when="x" ref="1"/><char cp="0062" ref="2 1 1"/></data></lgr>`,
    );
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['LGR_UNKNOWN_ATTRIBUTE', 'warning'],
      ['RFC7940_4.3', 'error'],
      ['RFC7940_4.3', 'error'],
    ]);
  });
  test('a huge attribute (1 MB) is read in one pass', () => {
    const r = parseLgr(`<lgr ${NS}><meta><version comment="${'x'.repeat(1 << 20)}">1</version></meta><data/></lgr>`);
    expect(r.ok).toBe(true);
    expect(r.lgr!.meta.versionComment!.length).toBe(1 << 20);
  });
});
