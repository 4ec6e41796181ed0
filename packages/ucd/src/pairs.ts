// Reader of the compact code point → string maps of the generated tables (see scripts/pairs.ts).

/** Decodes `from value|from value|…` into a map. */
export function decodePairs(pairs: string, into = new Map<number, string>()): Map<number, string> {
  for (const item of pairs.split('|')) {
    if (item === '') continue;
    const from = item.codePointAt(0)!;
    into.set(from, item.slice(from > 0xffff ? 2 : 1));
  }
  return into;
}

/** The look-ups' argument check: a non-number is a programmer error (TypeError), as in the tries. */
export function requireNumber(cp: number): void {
  if (typeof cp !== 'number') throw new TypeError(`expected a code point number, got ${typeof cp}`);
}
