const BASE = 36, T_MIN = 1, T_MAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 0x80, MAX_INT = 0x7fffffff;
function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? (delta / DAMP) | 0 : delta >> 1;
  d += (d / numPoints) | 0;
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) { d = (d / (BASE - T_MIN)) | 0; k += BASE; }
  return k + ((((BASE - T_MIN + 1) * d) / (d + SKEW)) | 0);
}
const DIGIT_CODES: readonly number[] = Array.from('abcdefghijklmnopqrstuvwxyz0123456789', (c) => c.charCodeAt(0));
const points = new Int32Array(4096);
let out = new Uint16Array(64);
export function encode2(label: string, mode: number): string | { offset: number } {
  let count = 0;
  let basicCount = 0;
  let o = 0;
  if (out.length < 8 * label.length + 1) out = new Uint16Array(8 * label.length + 1);
  const output = out;
  let m = MAX_INT;
  for (let i = 0; i < label.length; i++) {
    let c = label.charCodeAt(i);
    if (c < INITIAL_N) { output[o++] = c; points[count++] = c; continue; }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < label.length ? label.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || next < 0xdc00 || next > 0xdfff) return { offset: i };
      c = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
      i++;
    }
    if (c < m) m = c;
    points[count++] = c;
  }
  basicCount = o;
  if (mode === 2) return '';
  if (o > 0) output[o++] = 0x2d;
  let handled = basicCount;
  let n = INITIAL_N, delta = 0, bias = INITIAL_BIAS;
  while (handled < count) {
    if (delta + (m - n) * (handled + 1) > MAX_INT) return { offset: -1 };
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
        const r = q - t, b = BASE - t, d = (r / b) | 0;
        output[o++] = DIGIT_CODES[t + r - d * b]!;
        q = d;
      }
      output[o++] = DIGIT_CODES[q]!;
      if (mode !== 4) bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  if (mode === 3) return '';
  if (mode === 0) return String.fromCharCode.apply(null, output.subarray(0, o) as unknown as number[]);
  let s = ''; for (let i = 0; i < o; i++) s += String.fromCharCode(output[i]!); return s;
}
