// The compact form of a code point → string map in a generated table: one `|`-separated string literal
// (`from` then its value, each item ending with `|`), 48 items a line. Read by src/pairs.ts.

/** `export const NAME = "…|…|";` with a doc comment. */
export function pairsConstant(name: string, doc: string, pairs: ReadonlyArray<readonly [number, string]>): string {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const items = sorted.map(([from, to]) => String.fromCodePoint(from) + to);
  if (items.some((item) => item.includes('|'))) throw new Error('a pair contains the separator');
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += 48) lines.push(`  ${JSON.stringify(items.slice(i, i + 48).join('|') + '|')}`);
  return `/** ${doc} */\nexport const ${name} =\n${lines.join(' +\n')};\n`;
}
