// The skeleton of a lower-case ASCII romanization (romanize.ts has the table of rules and why), in a
// few linear passes over UTF-16 code units. Each pass reads the output of the one before and rewrites
// it left to right without overlap, as `String.prototype.replace` with a global pattern does; a pass
// applies several rules at once only where no rule can feed another. test/skeleton.test.ts checks the
// whole against the rules written as regular expressions, one `replace` each. A look-up takes two
// skeletons of each spelling of a query (romanize.ts `queryRomanization`): done with about 20 passes
// of the regex engine each, that was a fifth of the time of a median Latin query.

const code = (unit: string): number => unit.charCodeAt(0);
const b = code('b');
const c = code('c');
const e = code('e');
const g = code('g');
const h = code('h');
const i = code('i');
const j = code('j');
const k = code('k');
const l = code('l');
const m = code('m');
const n = code('n');
const o = code('o');
const p = code('p');
const q = code('q');
const r = code('r');
const s = code('s');
const t = code('t');
const u = code('u');
const v = code('v');
const w = code('w');
const y = code('y');
const z = code('z');

/** Classes of ASCII units, as bits. */
const LOWER = 1;
const DIGIT = 2;
/** [aeiouAEO]: a vowel, or an inherent vowel of an abugida key (romanize.ts `INHERENT`). */
const VOWEL = 4;
/** [bcdgkprstz]: consonants whose following h (aspirate, digraph) schemes write or not. */
const ASPIRABLE = 8;
/** [aeiouvh]: what a consonant skeleton leaves out. */
const NOT_CONSONANT = 16;
/** `.` of a regular expression matches every unit but the line terminators: \n \r U+2028 U+2029. */
const LINE_TERMINATOR = 32;

const CLASSES = new Uint8Array(128);
for (const [units, bit] of [
  ['abcdefghijklmnopqrstuvwxyz', LOWER],
  ['0123456789', DIGIT],
  ['aeiouAEO', VOWEL],
  ['bcdgkprstz', ASPIRABLE],
  ['aeiouvh', NOT_CONSONANT],
  ['\n\r', LINE_TERMINATOR],
] as const)
  for (const unit of units) CLASSES[code(unit)]! |= bit;

/** The classes of a unit (none outside ASCII but the line terminators; none for -1, the end). */
function classes(unit: number): number {
  if (unit < 128) return unit < 0 ? 0 : CLASSES[unit]!;
  return unit === 0x2028 || unit === 0x2029 ? LINE_TERMINATOR : 0;
}

/** Arabizi digits, indexed by digit, for the letters Latin lacks (ح 7, ع 3, ء 2, خ 5, ط 6, ص 9); 0, 1, 4, 8 stay. */
const ARABIZI: ReadonlyArray<readonly number[] | undefined> = [
  undefined,
  undefined,
  [],
  [],
  undefined,
  [k, h],
  [t],
  [h],
  undefined,
  [s],
];

/**
 * Two buffers: each pass reads one (`from`, its first `length` units) and writes the other (`to`).
 * Arrays of small integers, not typed arrays: `String.fromCharCode.apply` takes them several times faster.
 */
let from = buffer(64);
let to = buffer(64);
let length = 0;

function buffer(size: number): number[] {
  return Array.from({ length: size }, () => 0);
}

/** Ends a pass that wrote `written` units. */
function swap(written: number): void {
  const read = to;
  to = from;
  from = read;
  length = written;
}

/** The unit at `at` of the pass's input, or -1 outside it. */
function unitAt(at: number): number {
  return at >= 0 && at < length ? from[at]! : -1;
}

/** `(?<=[a-z])[0-9]+|[0-9]+(?=[a-z])`: each digit of a run next to a letter as `ARABIZI` writes it. */
function arabizi(): void {
  let out = 0;
  for (let at = 0; at < length; ) {
    if ((classes(from[at]!) & DIGIT) === 0) {
      to[out++] = from[at++]!;
      continue;
    }
    let end = at;
    while (classes(unitAt(end)) & DIGIT) end++;
    const inWord = (classes(unitAt(at - 1)) | classes(unitAt(end))) & LOWER;
    for (; at < end; at++) {
      const written = inWord ? ARABIZI[from[at]! - 0x30] : undefined;
      if (written === undefined) to[out++] = from[at]!;
      else for (const unit of written) to[out++] = unit;
    }
  }
  swap(out);
}

/**
 * `ee` → i, `oo` → u (informal Indic spelling of ī, ū); y → i, w → v, q → k; then `j(?![aeiouAEO])` → i
 * (й in alphabets) or, with `consonantsOnly`, z (ج, ज: abjads and abugidas write no vowels), and the
 * other j → z. One pass: the pairs and letters are disjoint, and a j is before a vowel after the first
 * rules exactly when it is before a vowel or y now.
 */
function letters(consonantsOnly: boolean): void {
  let out = 0;
  for (let at = 0; at < length; at++) {
    const unit = from[at]!;
    const next = unitAt(at + 1);
    if ((unit === e || unit === o) && next === unit) {
      to[out++] = unit === e ? i : u;
      at++;
    } else if (unit === j) to[out++] = consonantsOnly || next === y || classes(next) & VOWEL ? z : i;
    else to[out++] = unit === y ? i : unit === w ? v : unit === q ? k : unit;
  }
  swap(out);
}

/** `(.)\1+` → `$1`: a run of one unit written once. */
function collapse(): void {
  let out = 0;
  for (let at = 0; at < length; at++) {
    const unit = from[at]!;
    if (at === 0 || unit !== from[at - 1] || classes(unit) & LINE_TERMINATOR) to[out++] = unit;
  }
  swap(out);
}

/**
 * Consonant skeleton: `[aeiouv]` → '', `([bcdgkprstz])h+` → `$1`, `h` → '' in one pass, as every h goes
 * either way.
 */
function consonants(): void {
  let out = 0;
  for (let at = 0; at < length; at++) if ((classes(from[at]!) & NOT_CONSONANT) === 0) to[out++] = from[at]!;
  swap(out);
}

/** `/xy/g` → `into`, for the pair `first` `second`. */
function pair(first: number, second: number, into: number): void {
  let out = 0;
  for (let at = 0; at < length; at++) {
    if (from[at] === first && unitAt(at + 1) === second) {
      to[out++] = into;
      at++;
    } else to[out++] = from[at]!;
  }
  swap(out);
}

/** `([bcdgkprstz])h+` → `$1`: the h of an aspirate or digraph (ch sh th ph bh dh gh zh …) dropped. */
function aspirates(): void {
  let out = 0;
  for (let at = 0; at < length; at++) {
    to[out++] = from[at]!;
    if (classes(from[at]!) & ASPIRABLE) while (unitAt(at + 1) === h) at++;
  }
  swap(out);
}

/**
 * `t[sz]` → c, `ng` → n, `m([bp])` → `n$1`, r → l, in one pass: no rule's output is another's input
 * (the n of mb, mp is before b or p, never g).
 */
function digraphs(): void {
  let out = 0;
  for (let at = 0; at < length; at++) {
    const unit = from[at]!;
    const next = unitAt(at + 1);
    if (unit === t && (next === s || next === z)) {
      to[out++] = c;
      at++;
    } else if (unit === n && next === g) {
      to[out++] = n;
      at++;
    } else to[out++] = unit === m && (next === b || next === p) ? n : unit === r ? l : unit;
  }
  swap(out);
}

/** `(?<=[nl])v(?![aiouAEO])` → u: toneless pinyin typed with v for ü (nv, lv: nü, lü; e is not one of those vowels: nve). */
function pinyin(): void {
  for (let at = 0; at < length; at++) {
    const unit = from[at]!;
    const before = unitAt(at - 1);
    const after = unitAt(at + 1);
    const vowelAfter = after !== e && classes(after) & VOWEL;
    to[at] = unit === v && (before === n || before === l) && !vowelAfter ? u : unit;
  }
  swap(length);
}

/** Units converted to a string at a time (a call takes a bounded number of arguments). */
const CHUNK = 4096;

/**
 * The skeleton of a lower-case ASCII romanization (romanize.ts); with `consonantsOnly`, vowels and h
 * are dropped too (abjads and abugidas). Idempotent. Linear.
 */
export function romanSkeleton(latin: string, consonantsOnly: boolean): string {
  // Arabizi can write two units for one digit; no other rule lengthens.
  if (from.length < 2 * latin.length) {
    from = buffer(2 * latin.length);
    to = buffer(2 * latin.length);
  }
  for (let at = 0; at < latin.length; at++) from[at] = latin.charCodeAt(at);
  length = latin.length;
  arabizi();
  letters(consonantsOnly);
  collapse();
  if (consonantsOnly) consonants();
  else {
    pair(k, h, h);
    pair(i, e, e);
    aspirates();
  }
  // Removals can leave new doubles ("ngag" → "ngg"): collapse them before the digraphs, so that no
  // digraph is formed again by the last collapse (idempotence).
  collapse();
  digraphs();
  pinyin();
  collapse();
  let skeleton = '';
  for (let at = 0; at < length; at += CHUNK)
    skeleton += String.fromCharCode.apply(null, from.slice(at, Math.min(length, at + CHUNK)));
  return skeleton;
}
