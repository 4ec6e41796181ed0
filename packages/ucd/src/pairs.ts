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
