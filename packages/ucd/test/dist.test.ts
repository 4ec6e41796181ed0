// Smoke test of the built package (dist/), as users import it. `pnpm test` builds first.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const index = new URL('../dist/index.js', import.meta.url);
const trie = new URL('../dist/trie.js', import.meta.url);
const caseFolding = new URL('../dist/case-folding.js', import.meta.url);
const han = new URL('../dist/han.js', import.meta.url);

describe.runIf(existsSync(index) && existsSync(trie))('dist', () => {
  test('index and ./trie load and answer', async () => {
    const ucd = await import(index.href);
    const { encodeTrie, decodeTrie } = await import(trie.href);
    expect([ucd.getScript(0x41), ucd.getScriptExtensions(0x30fc), ucd.UNICODE_VERSION]).toEqual([
      'Latn',
      ['Hira', 'Kana'],
      '17.0.0',
    ]);
    expect(decodeTrie(encodeTrie((cp: number) => cp & 1)).get(0x41)).toBe(1);
  });

  test.runIf(existsSync(caseFolding) && existsSync(han))('./case-folding and ./han load and answer', async () => {
    const { foldCase } = await import(caseFolding.href);
    const { simplifiedHan, hanVariantKind } = await import(han.href);
    expect(foldCase('Straße \u{16EA0}')).toBe('strasse \u{16EBB}');
    expect([simplifiedHan(0x81fa), hanVariantKind(0x53f0)]).toEqual([0x53f0, undefined]);
  });
});
