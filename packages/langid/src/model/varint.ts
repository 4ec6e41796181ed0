// Unsigned varints of the model bytes (postings and cluster weights): 7 bits a byte, least significant
// first, the high bit set on every byte but the last. Values below 2^32 take at most 5 bytes.

/** A read position in a byte array, moved past what `readVarint` reads. */
export interface Cursor {
  at: number;
}

/** Appends `value` (a non-negative integer below 2^53) as a varint. */
export function writeVarint(out: number[], value: number): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  out.push(value);
}

/** The varint at `cursor.at`, moving the cursor past it; undefined when it is cut or longer than 5 bytes. */
export function readVarint(bytes: Uint8Array, cursor: Cursor): number | undefined {
  let value = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    if (cursor.at >= bytes.length) return undefined;
    const byte = bytes[cursor.at++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
  return undefined;
}
