// Character classes of RFC 5322 §3.2 and RFC 5321 §4.1.2, extended by RFC 6532 §3.2 / RFC 6531 §3.3
// (UTF8-non-ascii in atext, qtext, ctext and dtext).
//
// | class | ASCII members | RFC |
// |---|---|---|
// | atext | ALPHA DIGIT ! # $ % & ' * + - / = ? ^ _ ` { \| } ~ | 5322 §3.2.3 |
// | qtext | %d33 %d35-91 %d93-126 (5321 qtextSMTP adds %d32) | 5322 §3.2.4, 5321 §4.1.2 |
// | ctext | %d33-39 %d42-91 %d93-126 | 5322 §3.2.2 |
// | dtext | %d33-90 %d94-126 | 5322 §3.4.1 |
// | WSP | SP HTAB | 5234 Appendix B.1 |

const ATEXT_PUNCTUATION = "!#$%&'*+-/=?^_`{|}~";

/** 128-entry table of ASCII atext. */
const ATEXT = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = table[c + 0x20] = 1;
  for (const ch of ATEXT_PUNCTUATION) table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** RFC 5322 §3.2.3 atext for an ASCII unit (non-ASCII is RFC 6532 UTF8-non-ascii, decided by the caller). */
export function isAsciiAtext(unit: number): boolean {
  return unit < 0x80 && ATEXT[unit] === 1;
}

/** RFC 5234 WSP: space or horizontal tab. */
export function isWsp(unit: number): boolean {
  return unit === 0x20 || unit === 0x09;
}

/** RFC 5322 §3.2.4 qtext (ASCII part): printable ASCII but `"` and `\`. */
export function isAsciiQtext(unit: number): boolean {
  return unit === 33 || (unit >= 35 && unit <= 91) || (unit >= 93 && unit <= 126);
}

/** RFC 5322 §3.2.1 quoted-pair: what may follow `\\` (VCHAR or WSP; UTF8-non-ascii by RFC 6532 §3.2). */
export function isQuotable(unit: number): boolean {
  return unit >= 0x80 || unit === 0x09 || (unit >= 0x20 && unit <= 0x7e);
}

/** RFC 5322 §3.4.1 dtext (ASCII part): printable ASCII but `[`, `]` and `\`. */
export function isAsciiDtext(unit: number): boolean {
  return (unit >= 33 && unit <= 90) || (unit >= 94 && unit <= 126);
}

/** RFC 5322 §3.2.3 specials. */
export function isSpecial(unit: number): boolean {
  return (
    unit === 0x28 ||
    unit === 0x29 ||
    unit === 0x3c ||
    unit === 0x3e ||
    unit === 0x5b ||
    unit === 0x5d ||
    unit === 0x3a ||
    unit === 0x3b ||
    unit === 0x40 ||
    unit === 0x5c ||
    unit === 0x2c ||
    unit === 0x2e ||
    unit === 0x22
  );
}

/** A dot-atom-text of atext (ASCII, and UTF8-non-ascii when `utf8`): `atext+ ("." atext+)*`. */
export function isDotAtomText(text: string, utf8: boolean): boolean {
  if (text.length === 0) return false;
  let previousDot = true;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x2e) {
      if (previousDot) return false;
      previousDot = true;
    } else if (unit < 0x80 ? ATEXT[unit] === 1 : utf8) previousDot = false;
    else return false;
  }
  return !previousDot;
}
