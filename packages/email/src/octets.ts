// Lengths in the RFCs are in octets of UTF-8 (RFC 6531 §3.3, RFC 6532 §3.4), not in characters.

/** Octets of the UTF-8 form of `text` (a lone surrogate counts as the 3 octets of U+FFFD). */
export function utf8Length(text: string): number {
  let octets = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) octets += 1;
    else if (unit < 0x800) octets += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      octets += 4;
      i++;
    } else octets += 3;
  }
  return octets;
}
