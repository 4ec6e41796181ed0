// Decoders for the generated string tables. Tables are plain string constants (so bundlers drop
// the unused ones); each is decoded once, on first use, into a Map.

/** A registry record (RFC 5646 §3.1) as far as processing needs it. */
export interface RegistryRecord {
  subtag: string;
  deprecated: boolean;
  preferred?: string;
  suppressScript?: string;
  prefixes?: string[];
}

/** Decodes `subtag[!][>preferred][/script][<prefix,prefix]` records keyed by lower-cased subtag. */
export function decodeRecords(text: string): Map<string, RegistryRecord> {
  const map = new Map<string, RegistryRecord>();
  for (const entry of text.split(' ')) {
    let i = 0;
    while (i < entry.length && !'!></'.includes(entry[i]!)) i++;
    const record: RegistryRecord = { subtag: entry.slice(0, i), deprecated: false };
    while (i < entry.length) {
      const mark = entry[i]!;
      let j = i + 1;
      while (j < entry.length && !'!></'.includes(entry[j]!)) j++;
      const value = entry.slice(i + 1, j);
      if (mark === '!') record.deprecated = true;
      else if (mark === '>') record.preferred = value;
      else if (mark === '/') record.suppressScript = value;
      else record.prefixes = value.split(',');
      i = j;
    }
    map.set(record.subtag.toLowerCase(), record);
  }
  return map;
}

/** Decodes `key>value` pairs separated by spaces. */
export function decodePairs(text: string): Map<string, string> {
  const map = new Map<string, string>();
  if (text === '') return map;
  for (const entry of text.split(' ')) {
    const cut = entry.indexOf('>');
    map.set(entry.slice(0, cut), entry.slice(cut + 1));
  }
  return map;
}

/** Decodes `key\tvalue` lines; keys are lower-cased. */
export function decodeLines(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const cut = line.indexOf('\t');
    map.set(line.slice(0, cut).toLowerCase(), line.slice(cut + 1));
  }
  return map;
}

/** A lazily built value: `lazy(() => build())()` builds on first call only. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
