// Adding an entry to an index state: the checks (limits first), then the fold with word starts and the
// romanization, at once, so that a build is linear; the look-up structures are compiled later (compile.ts).
import type { Outcome } from '@nomina/core';
import { dominantScript } from '@nomina/script';
import { foldWords } from '../fold/fold.js';
import { keywordIssue as issue, type KeywordIssue, type KeywordIssueCode } from '../issues.js';
import { MAX_ENTRIES, MAX_LABELS } from '../limits.js';
import { keyLiquids } from '../translit/liquids.js';
import { romanizeKey } from '../translit/romanize.js';
import { Column } from './column.js';
import { checkEntry, type KeywordEntry } from './entry.js';
import { KeyTable } from './key-table.js';
import { NONE, type IndexState } from './state.js';

/** What `add` returns: `ok` when the entry was indexed, and every issue found (warnings included). */
export interface AddResult extends Outcome<KeywordIssueCode> {
  readonly issues: KeywordIssue[];
}

/** Adds an entry to `s`. Bad entries are reported, not thrown (only wrong argument types throw). */
export function addEntry(s: IndexState, entry: KeywordEntry): AddResult {
  if (s.entryKeys.length >= MAX_ENTRIES)
    return { ok: false, issues: [issue('TOO_MANY_ENTRIES', `the index already holds ${MAX_ENTRIES} entries`)] };
  const checked = checkEntry(entry);
  if (!checked.ok || !checked.entry) return { ok: false, issues: checked.issues };
  const { key, target, locale, namespace, weight } = checked.entry;
  const seen = (s.seen ??= {
    keys: new KeyTable(),
    fold: new Column(Uint32Array),
    roman: new Column(Uint32Array),
    vowelled: new Column(Uint32Array),
    liquids: new Column(Uint32Array),
  });
  const seenId = seen.keys.get(key);
  const words = seenId >= 0 ? undefined : foldWords(key);
  const folded = words === undefined ? s.keys.keys[seen.fold.get(seenId)]! : words.folded;
  if (folded === '')
    return { ok: false, issues: [...checked.issues, issue('EMPTY_KEY', 'the key has nothing to match after folding')] };
  const localeId = labelId(s.locales, locale);
  const namespaceId = labelId(s.namespaces, namespace);
  if (localeId < 0 || namespaceId < 0)
    return {
      ok: false,
      issues: [...checked.issues, issue('LABEL_INVALID', `more than ${MAX_LABELS} distinct locales or namespaces`)],
    };
  let foldId: number;
  let romanId: number;
  let vowelledId: number;
  let liquidsId: number;
  if (seenId >= 0) {
    foldId = seen.fold.get(seenId);
    romanId = seen.roman.get(seenId);
    vowelledId = seen.vowelled.get(seenId);
    liquidsId = seen.liquids.get(seenId);
  } else {
    const roman = romanizeKey(folded);
    foldId = internKey(s, folded, words!.starts);
    romanId = roman.key === '' || roman.key === folded ? NONE : internKey(s, roman.key, []);
    vowelledId = romanId === NONE || roman.vowelled === undefined ? NONE : s.vowelled.intern(roman.vowelled);
    // The r and l of a romanized key, read once here rather than at each look-up that meets it.
    const liquids = romanId === NONE ? undefined : keyLiquids(folded, dominantScript(key));
    liquidsId = liquids === undefined ? NONE : s.liquids.intern(liquids);
    seen.keys.intern(key);
    seen.fold.push(foldId);
    seen.roman.push(romanId);
    seen.vowelled.push(vowelledId);
    seen.liquids.push(liquidsId);
  }
  s.entryKeys.push(key);
  s.entryTarget.push(s.targets.intern(target));
  s.entryLocale.push(localeId);
  s.entryNamespace.push(namespaceId);
  s.entryWeight.push(weight);
  s.entryFold.push(foldId);
  s.entryRoman.push(romanId);
  s.entryVowelled.push(vowelledId);
  s.entryLiquids.push(liquidsId);
  s.compiled = undefined;
  return { ok: true, issues: checked.issues };
}

/** Interns a stored key; a new one gets its word starts (none for a romanized key). */
function internKey(s: IndexState, key: string, starts: readonly number[]): number {
  const id = s.keys.intern(key);
  if (id === s.keyWords.length) {
    s.keyWords.push(s.wordOffsets.length);
    for (const start of starts) s.wordOffsets.push(start);
  }
  return id;
}

/** Id of a locale or namespace (0 for none), or -1 when the table is full. */
function labelId(table: KeyTable, label: string | undefined): number {
  if (label === undefined) return 0;
  const id = table.get(label);
  if (id >= 0) return id;
  return table.size <= MAX_LABELS ? table.intern(label) : -1;
}
