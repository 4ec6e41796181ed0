import type { KeywordEntry } from '@nomina/keywords';

/** The entries of a `nomina keywords build` file: KEY<TAB>TARGET[<TAB>LOCALE[<TAB>NAMESPACE[<TAB>WEIGHT]]], `#` comments and blank lines skipped. */
export function parseEntries(tsv: string): KeywordEntry[] {
  const entries: KeywordEntry[] = [];
  for (const line of tsv.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [key = '', target = '', locale, namespace, weight] = line.split('\t');
    entries.push({
      key,
      target,
      ...(locale ? { locale } : {}),
      ...(namespace ? { namespace } : {}),
      ...(weight ? { weight: Number(weight) } : {}),
    });
  }
  return entries;
}
