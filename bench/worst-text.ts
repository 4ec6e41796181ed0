// Text shared by the worst-case benches of the command line and the service (bench/cli/limits.ts,
// bench/server/limits.ts): prose-like input that no early check refuses.

/**
 * `units` UTF-16 units of words of 3–8 letters in four alphabets (Latin, Cyrillic, Greek, Hebrew), the
 * alphabet changing at every word: not repetitive (so not refused as such), the worst mix for language
 * spans. The same `seed` gives the same text.
 */
export function mixedWords(units: number, seed = 12345): string {
  const alphabets = ['abcdefghiklmnoprstu', 'абвгдежзиклмнопрсту', 'αβγδεζηθικλμνξοπρστ', 'אבגדהוזחטיכלמנסעפצק'];
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  let text = '';
  for (let w = 0; text.length < units; w++) {
    const letters = alphabets[w % 4]!;
    let word = '';
    for (let i = 3 + next(6); i > 0; i--) word += letters[next(letters.length)];
    text += `${word} `;
  }
  return text.slice(0, units);
}
