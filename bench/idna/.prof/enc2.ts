const BASE = 36, T_MIN = 1, T_MAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 0x80, MAX_INT = 0x7fffffff;
function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? (delta / DAMP) | 0 : delta >> 1;
  d += (d / numPoints) | 0;
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) { d = (d / (BASE - T_MIN)) | 0; k += BASE; }
  return k + ((((BASE - T_MIN + 1) * d) / (d + SKEW)) | 0);
}
const DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const points = new Int32Array(1024);
export function encode2(label: string): string | { offset: number } {
  let count = 0;
  let basic = '';
  let basicCount = 0;
  let m = MAX_INT;
  let runStart = 0;
  for (let i = 0; i < label.length; i++) {
    let c = label.charCodeAt(i);
    if (c < INITIAL_N) { basicCount++; points[count++] = c; continue; }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < label.length ? label.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || next < 0xdc00 || next > 0xdfff) return { offset: i };
      c = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
      i++;
    }
    if (c < m) m = c;
    points[count++] = c;
  }
  let out = '';
  if (basicCount > 0) {
    for (let j = 0; j < count; j++) if (points[j]! < INITIAL_N) out += DIGITS_ALL[points[j]!]!;
    out += '-';
  }
  let handled = basicCount;
  let n = INITIAL_N, delta = 0, bias = INITIAL_BIAS;
  while (handled < count) {
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) return { offset: -1 };
    delta += (m - n) * (handled + 1);
    n = m;
    m = MAX_INT;
    for (let j = 0; j < count; j++) {
      const c = points[j]!;
      if (c > n) { if (c < m) m = c; continue; }
      if (c < n) { if (++delta > MAX_INT) return { offset: -1 }; continue; }
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        out += DIGITS[t + ((q - t) % (BASE - t))]!;
        q = ((q - t) / (BASE - t)) | 0;
      }
      out += DIGITS[q]!;
      bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}
const DIGITS_ALL = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
