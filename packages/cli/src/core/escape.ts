// Untrusted text made safe for terminals and spreadsheets (used by the text and CSV writers).

/**
 * Makes untrusted text safe to print on a terminal: control characters (C0, DEL, C1), Bidi controls,
 * invisible format characters, line/paragraph separators and lone surrogates are shown as `\u{XXXX}`;
 * a backslash is doubled so the escaping cannot be forged.
 */
export function escapeText(text: string): string {
  if (!MAY_NEED_ESCAPE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
        continue;
      }
    }
    if (unit === 0x5c) out += '\\\\';
    else if (needsEscape(unit)) out += `\\u{${unit.toString(16).toUpperCase().padStart(4, '0')}}`;
    else out += text[i]!;
  }
  return out;
}

/** A superset of what `needsEscape` matches (surrogate pairs included), for the fast path. */
const MAY_NEED_ESCAPE = /[\x00-\x1f\x7f-\x9f\\\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff]/;

function needsEscape(unit: number): boolean {
  return (
    unit < 0x20 ||
    (unit >= 0x7f && unit <= 0x9f) ||
    unit === 0x061c || // ARABIC LETTER MARK
    unit === 0x180e ||
    (unit >= 0x200b && unit <= 0x200f) || // zero-width characters, LRM, RLM
    (unit >= 0x2028 && unit <= 0x202e) || // line/paragraph separators, embeddings and overrides
    (unit >= 0x2060 && unit <= 0x206f) || // word joiner, isolates, deprecated format characters
    unit === 0xfeff ||
    (unit >= 0xd800 && unit <= 0xdfff) // a lone surrogate (pairs were handled above)
  );
}
