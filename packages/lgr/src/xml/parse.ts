// A small strict XML 1.0 parser for untrusted LGR documents. It builds an element tree and refuses what an
// RFC 7940 document never needs and an attacker would use:
//
// | XML feature | here |
// |---|---|
// | `<!DOCTYPE …>` (internal or external subset, entity definitions) | refused: `XML_DOCTYPE`, parsing stops |
// | entity references | only `&lt; &gt; &amp; &quot; &apos;` and `&#N;`/`&#xH;` of XML `Char`s; any other is `XML_ENTITY` |
// | external references (SYSTEM/PUBLIC ids, XInclude) | never resolved (no DTD, no I/O: the parser sees one string) |
// | comments, processing instructions, XML declaration | skipped |
// | CDATA sections | text |
// | namespaces | element names kept as written; `xmlns` attributes kept as attributes |
//
// One left-to-right pass: linear in the document, with depth, element count and attribute count bounded
// (limits.ts) before anything is allocated for them. Positions in issues are UTF-16 offsets into the
// document, and the message names the line and column.
import { errorIssue } from '@nomina/core';
import type { LgrIssue, LgrIssueCode } from '../issues.js';
import { MAX_LGR_DOCUMENT_LENGTH, MAX_XML_ATTRIBUTES, MAX_XML_DEPTH, MAX_XML_ELEMENTS } from '../limits.js';

/** One element of the tree: its name, attributes, children in order and concatenated text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  /** Character data directly inside this element (CDATA included), entity references resolved. */
  text: string;
  /** UTF-16 offset of the `<` that opens the element. */
  readonly offset: number;
}

export interface XmlParseResult {
  root: XmlElement | null;
  issues: LgrIssue[];
  /** Line and column (1-based) of a UTF-16 offset of the document. */
  position(offset: number): { line: number; column: number };
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML 1.0 §2.2 Char: the code points allowed in a document. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

const NAME_START =
  /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
const NAME_REST = /[-.0-9\u00B7\u0300-\u036F\u203F\u2040]/;

function isNameStart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
  return NAME_START.test(ch);
}
function isNameChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80)
    return (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x5f ||
      c === 0x3a ||
      c === 0x2d ||
      c === 0x2e
    );
  return NAME_START.test(ch) || NAME_REST.test(ch);
}
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x9 || c === 0xa || c === 0xd;
}

function isBlank(value: string): boolean {
  for (let k = 0; k < value.length; k++) if (!isSpace(value.charCodeAt(k))) return false;
  return true;
}

/** A fatal syntax error: parsing stops at the first one (XML 1.0 §1.2: fatal errors). */
class Stop extends Error {}

/** Parses `text` as an XML document; never throws. */
export function parseXml(text: string): XmlParseResult {
  let lineStarts: number[] | null = null;
  const position = (offset: number): { line: number; column: number } => {
    if (lineStarts === null) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  const issues: LgrIssue[] = [];
  const report = (code: LgrIssueCode, message: string, offset: number): void => {
    const { line, column } = position(offset);
    issues.push(errorIssue(code, `line ${line}, column ${column}: ${message}`, -1, offset));
  };
  const fail = (code: LgrIssueCode, message: string, offset: number): never => {
    report(code, message, offset);
    throw new Stop();
  };

  if (text.length > MAX_LGR_DOCUMENT_LENGTH) {
    issues.push(
      errorIssue(
        'LIMIT_DOCUMENT_LENGTH',
        `the document has ${text.length} UTF-16 units, more than MAX_LGR_DOCUMENT_LENGTH (${MAX_LGR_DOCUMENT_LENGTH})`,
      ),
    );
    return { root: null, issues, position };
  }

  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];
  let elements = 0;

  const readName = (): string => {
    const start = i;
    if (i >= n || !isNameStart(text[i]!)) fail('XML_MALFORMED', 'a name was expected', i);
    i++;
    while (i < n && isNameChar(text[i]!)) i++;
    return text.slice(start, i);
  };

  // Character data and attribute values: resolves references, checks every code point is an XML Char.
  const decode = (start: number, end: number, mode: 'text' | 'attribute' | 'cdata'): string => {
    const attribute = mode === 'attribute';
    let out = '';
    let from = start;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x26 /* & */ && mode !== 'cdata') {
        const semi = text.indexOf(';', k);
        if (semi < 0 || semi >= end || semi - k > 12)
          fail('XML_ENTITY', "'&' must start an entity or character reference", k);
        const name = text.slice(k + 1, semi);
        let value: string | undefined;
        if (name.startsWith('#')) {
          const cp = /^#x[0-9A-Fa-f]+$/.test(name)
            ? parseInt(name.slice(2), 16)
            : /^#[0-9]+$/.test(name)
              ? parseInt(name.slice(1), 10)
              : -1;
          if (!isXmlChar(cp)) fail('XML_ENTITY', `&${name}; is not a reference to an XML character`, k);
          value = String.fromCodePoint(cp);
        } else {
          value = PREDEFINED[name];
          if (value === undefined)
            fail(
              'XML_ENTITY',
              `the entity &${name}; is not defined (only the five predefined entities are; DTDs are refused)`,
              k,
            );
        }
        out += text.slice(from, k) + value;
        k = semi;
        from = semi + 1;
      } else if (c === 0x3c /* < */ && attribute) {
        fail('XML_MALFORMED', "'<' is not allowed in an attribute value", k);
      } else if (attribute && (c === 0x9 || c === 0xa || c === 0xd)) {
        // XML 1.0 §3.3.3: attribute-value normalization turns white space into spaces.
        out += text.slice(from, k) + ' ';
        if (c === 0xd && text.charCodeAt(k + 1) === 0xa) k++;
        from = k + 1;
      } else if (c < 0x20 ? c !== 0x9 && c !== 0xa && c !== 0xd : c >= 0xfffe && c <= 0xffff) {
        fail('XML_MALFORMED', `U+${c.toString(16).toUpperCase().padStart(4, '0')} is not an XML character`, k);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const d = text.charCodeAt(k + 1);
        if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) fail('XML_MALFORMED', 'unpaired surrogate', k);
        k++;
      }
    }
    return out + text.slice(from, end);
  };

  const appendText = (start: number, end: number): void => {
    if (start === end) return;
    const value = decode(start, end, 'text');
    const parent = stack[stack.length - 1];
    const blank = isBlank(value);
    // White space before an element's first text (the indentation between child elements) is dropped:
    // no RFC 7940 element has meaningful leading white space, and keeping it would allocate a string
    // per element of a large document.
    if (parent) {
      if (!blank || parent.text !== '') parent.text += value;
    } else if (!blank) fail('XML_MALFORMED', 'text outside the root element', start);
  };

  try {
    while (i < n) {
      const lt = text.indexOf('<', i);
      const end = lt < 0 ? n : lt;
      appendText(i, end);
      if (lt < 0) break;
      i = lt;
      if (text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        if (close < 0) fail('XML_MALFORMED', 'unterminated comment', i);
        i = close + 3;
      } else if (text.startsWith('<![CDATA[', i)) {
        const close = text.indexOf(']]>', i + 9);
        if (close < 0) fail('XML_MALFORMED', 'unterminated CDATA section', i);
        if (stack.length === 0) fail('XML_MALFORMED', 'CDATA outside the root element', i);
        // CDATA is literal: no references, but the characters must still be XML Chars.
        stack[stack.length - 1]!.text += decode(i + 9, close, 'cdata');
        i = close + 3;
      } else if (text.startsWith('<!DOCTYPE', i)) {
        fail(
          'XML_DOCTYPE',
          'document type declarations are refused: an LGR needs no DTD, and DTDs carry entity expansion and external references',
          i,
        );
      } else if (text.startsWith('<!', i)) {
        fail('XML_MALFORMED', "markup declarations ('<!') are not allowed here", i);
      } else if (text.startsWith('<?', i)) {
        const close = text.indexOf('?>', i + 2);
        if (close < 0) fail('XML_MALFORMED', 'unterminated processing instruction', i);
        i = close + 2;
      } else if (text.startsWith('</', i)) {
        const at = i;
        i += 2;
        const name = readName();
        while (i < n && isSpace(text.charCodeAt(i))) i++;
        if (text.charCodeAt(i) !== 0x3e) fail('XML_MALFORMED', `'>' expected to close </${name}`, i);
        i++;
        const open = stack.pop();
        if (!open) fail('XML_MALFORMED', `</${name}> closes no element`, at);
        else if (open.name !== name)
          fail('XML_MALFORMED', `</${name}> closes <${open.name}> (opened at offset ${open.offset})`, at);
      } else {
        const at = i;
        i++;
        const name = readName();
        if (root !== null && stack.length === 0) fail('XML_MALFORMED', 'a second root element', at);
        if (stack.length >= MAX_XML_DEPTH)
          fail('LIMIT_DEPTH', `elements nested deeper than MAX_XML_DEPTH (${MAX_XML_DEPTH})`, at);
        if (++elements > MAX_XML_ELEMENTS)
          fail('LIMIT_ELEMENTS', `more than MAX_XML_ELEMENTS (${MAX_XML_ELEMENTS}) elements`, at);
        const attributes: Record<string, string> = {};
        let count = 0;
        for (;;) {
          const before = i;
          while (i < n && isSpace(text.charCodeAt(i))) i++;
          const c = text.charCodeAt(i);
          if (c === 0x3e || c === 0x2f || i >= n) break;
          if (i === before) fail('XML_MALFORMED', 'white space expected between attributes', i);
          const attrAt = i;
          const attr = readName();
          while (i < n && isSpace(text.charCodeAt(i))) i++;
          if (text.charCodeAt(i) !== 0x3d) fail('XML_MALFORMED', `'=' expected after attribute ${attr}`, i);
          i++;
          while (i < n && isSpace(text.charCodeAt(i))) i++;
          const quote = text[i];
          if (quote !== '"' && quote !== "'") fail('XML_MALFORMED', `a quoted value expected for attribute ${attr}`, i);
          const close = text.indexOf(quote!, i + 1);
          if (close < 0) fail('XML_MALFORMED', `unterminated value of attribute ${attr}`, i);
          if (Object.hasOwn(attributes, attr)) fail('XML_MALFORMED', `attribute ${attr} repeated`, attrAt);
          if (++count > MAX_XML_ATTRIBUTES)
            fail('LIMIT_ATTRIBUTES', `more than MAX_XML_ATTRIBUTES (${MAX_XML_ATTRIBUTES}) attributes`, attrAt);
          const value = decode(i + 1, close, 'attribute');
          // A plain object is much faster to build than a null-prototype one; "__proto__" (no RFC 7940
          // attribute) is dropped so no attribute can reach the prototype.
          if (attr !== '__proto__') attributes[attr] = value;
          i = close + 1;
        }
        let selfClosing = false;
        if (text.charCodeAt(i) === 0x2f) {
          selfClosing = true;
          i++;
        }
        if (text.charCodeAt(i) !== 0x3e) fail('XML_MALFORMED', `'>' expected to close <${name}`, i);
        i++;
        const element: XmlElement = { name, attributes, children: [], text: '', offset: at };
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(element);
        else root = element;
        if (!selfClosing) stack.push(element);
      }
    }
    if (stack.length > 0)
      fail('XML_MALFORMED', `<${stack[stack.length - 1]!.name}> is never closed`, stack[stack.length - 1]!.offset);
    if (root === null) fail('XML_MALFORMED', 'no root element', 0);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { root: null, issues, position };
  }
  return { root, issues, position };
}
