// Small text helpers every package needs, implemented once.

/** `U+00DF`-style name of a code point (at least four hex digits, upper case), for messages and reports. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True when every UTF-16 unit of `text` (or of `text[start, end)`) is below U+0080. */
export function isAscii(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** True when `unit` is a UTF-16 surrogate (paired or not). */
export function isSurrogate(unit: number): boolean {
  return (unit & 0xf800) === 0xd800;
}

/**
 * Offset of the first lone surrogate in `text` (a surrogate unit without its pair: ill-formed UTF-16,
 * Unicode §3.9 D91), or -1 when `text` is well-formed.
 */
export function loneSurrogateOffset(text: string, start = 0, end = text.length): number {
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if ((unit & 0xf800) !== 0xd800) continue;
    if (unit <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else return i;
  }
  return -1;
}
