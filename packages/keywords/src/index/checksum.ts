// CRC-32 (ISO-HDLC / IEEE 802.3, reflected polynomial 0xEDB88320, as zlib and PNG) of index files:
// every single-bit, double-bit and odd-count error and every burst up to 32 bits is detected. Slicing by
// eight (Kounavis & Berry 2005): eight 256-entry tables, one step per eight bytes, read as two
// little-endian words (index files are little-endian only, format.ts).

let tables: Uint32Array[] | undefined;

function makeTables(): Uint32Array[] {
  const t = Array.from({ length: 8 }, () => new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[0]![n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++) t[k]![n] = (t[k - 1]![n]! >>> 8) ^ t[0]![t[k - 1]![n]! & 0xff]!;
  return t;
}

/** CRC-32 of `bytes` (unsigned). */
export function crc32(bytes: Uint8Array): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = (tables ??= makeTables()) as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  let crc = 0xffffffff;
  const n = bytes.length;
  let i = 0;
  // Bytes up to a 4-byte boundary one at a time, then eight at a time as two little-endian words.
  for (; i < n && (bytes.byteOffset + i) % 4 !== 0; i++) crc = t0[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, ((n - i) >>> 3) << 1);
  for (let w = 0; w < words.length; w += 2) {
    const lo = crc ^ words[w]!;
    const hi = words[w + 1]!;
    crc =
      t7[lo & 0xff]! ^
      t6[(lo >>> 8) & 0xff]! ^
      t5[(lo >>> 16) & 0xff]! ^
      t4[lo >>> 24]! ^
      t3[hi & 0xff]! ^
      t2[(hi >>> 8) & 0xff]! ^
      t1[(hi >>> 16) & 0xff]! ^
      t0[hi >>> 24]!;
  }
  i += words.length * 4;
  for (; i < n; i++) crc = t0[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
