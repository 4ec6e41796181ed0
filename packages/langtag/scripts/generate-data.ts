// Generates src/data/*.ts (except the hand-written decode.ts and tables.ts) from the npm data packages
// pinned in data/manifest.json: language-subtag-registry (IANA Language Subtag Registry), cldr-core and
// cldr-bcp47 (CLDR), under the generator contract of scripts/gen-lib.ts.
// Run: pnpm gen (every generator), or this one alone: npx tsx packages/langtag/scripts/generate-data.ts
// `tables()` is pure (reads the packages, returns the tables).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, runAsMain, source, type Table } from '../../../scripts/gen-lib.js';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', 'package.json'));

function json(pkgPath: string): any {
  return JSON.parse(readFileSync(require.resolve(pkgPath), 'utf8'));
}

interface RegistryRecord {
  Type: string;
  Subtag?: string;
  Tag?: string;
  Description: string[];
  Deprecated?: string;
  'Preferred-Value'?: string;
  'Suppress-Script'?: string;
  Prefix?: string[];
  Macrolanguage?: string;
  Scope?: string;
}

/** One registry record as `subtag[!][>preferred][/script][<prefix,prefix]` (see src/data/decode.ts). */
function encodeRecord(r: RegistryRecord): string {
  let out = (r.Subtag ?? r.Tag)!;
  if (r.Deprecated) out += '!';
  if (r['Preferred-Value']) out += '>' + r['Preferred-Value'];
  if (r['Suppress-Script']) out += '/' + r['Suppress-Script'];
  if (r.Prefix?.length) out += '<' + r.Prefix.join(',');
  return out;
}

/** The first line of a table's body: what it holds. */
function heading(what: string): string {
  return `// ${what}\n`;
}

const REGISTRY = 'language-subtag-registry';
/** The sources of each table, named as in data/manifest.json. */
const SOURCES_OF: Record<string, string[]> = {
  'version.ts': [REGISTRY, 'cldr-core', 'cldr-bcp47'],
  'registry.ts': [REGISTRY],
  'registry-names.ts': [REGISTRY],
  'cldr-aliases.ts': ['cldr-core', 'cldr-bcp47'],
  'cldr-likely.ts': ['cldr-core'],
  'cldr-matching.ts': ['cldr-core'],
  'cldr-parents.ts': ['cldr-core'],
};

/** A long string literal cut into lines of about 100 characters (JSON-escaped). */
function literal(text: string): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += 100) parts.push(JSON.stringify(text.slice(i, i + 100)));
  return parts.length === 0 ? "''" : parts.join(' +\n  ');
}

function constant(name: string, doc: string, text: string): string {
  return `/** ${doc} */\nexport const ${name} =\n  ${literal(text)};\n`;
}

/** The tables' bodies by file name under src/data/. */
function tableBodies(): Record<string, string> {
  const fileDate: string = json('language-subtag-registry/data/json/meta.json')['File-Date'];
  const registry: RegistryRecord[] = json('language-subtag-registry/data/json/registry.json');
  const supplemental = (file: string) => json(`cldr-core/supplemental/${file}.json`).supplemental;
  const cldrMajor = String(supplemental('likelySubtags').version._cldrVersion);
  // What the manifest says the data is must be what the packages hold.
  if (source(REGISTRY).data !== `IANA Language Subtag Registry File-Date ${fileDate}`)
    throw new Error(`data/manifest.json: ${REGISTRY} has File-Date ${fileDate}`);
  for (const name of ['cldr-core', 'cldr-bcp47']) {
    if (source(name).data !== `CLDR ${cldrMajor}`) throw new Error(`data/manifest.json: ${name} is CLDR ${cldrMajor}`);
  }
  const files: Record<string, string> = {};

  // ---- versions ----
  files['version.ts'] =
    heading('Versions of the data this package carries.') +
    `/** File-Date of the IANA Language Subtag Registry the tables were built from. */\n` +
    `export const REGISTRY_DATE = ${JSON.stringify(fileDate)};\n` +
    `/** CLDR release of the aliases, likely subtags, language matching and parent locales. */\n` +
    `export const CLDR_VERSION = ${JSON.stringify(cldrMajor)};\n`;

  // ---- IANA registry: records and names ----
  const byType = (type: string) => registry.filter((r) => r.Type === type);
  const types = ['language', 'extlang', 'script', 'region', 'variant', 'grandfathered', 'redundant'];
  let reg = heading(
    'IANA Language Subtag Registry records: `subtag[!deprecated][>Preferred-Value][/Suppress-Script][<Prefix,…]`, space-separated.',
  );
  for (const type of types) {
    const records = byType(type).filter((r) => !(r.Subtag ?? '').includes('..'));
    const text = records.map(encodeRecord).join(' ');
    reg += constant(type.toUpperCase() + 'S', `${records.length} ${type} records.`, text);
  }
  files['registry.ts'] = reg;

  let names = heading(
    'English Descriptions from the IANA Language Subtag Registry: `subtag\\tdescription` lines (first Description only).',
  );
  for (const type of ['language', 'extlang', 'script', 'region', 'variant', 'grandfathered', 'redundant']) {
    const text = byType(type)
      .filter((r) => !(r.Subtag ?? '').includes('..'))
      .map((r) => `${(r.Subtag ?? r.Tag)!}\t${r.Description[0]}`)
      .join('\n');
    names += constant(type.toUpperCase() + '_NAMES', `Descriptions of ${type} records.`, text);
  }
  files['registry-names.ts'] = names;

  // ---- CLDR aliases (UTS #35 Annex C) ----
  const alias = json('cldr-core/supplemental/aliases.json').supplemental.metadata.alias;
  const pairs = (table: Record<string, { _replacement: string }>, sep = ' ') =>
    Object.entries(table)
      .map(([k, v]) => `${k}>${v._replacement.split(' ').join(sep)}`)
      .join(' ');
  let aliases = heading(
    'CLDR alias rules (supplemental/aliases.json): `type>replacement`, space-separated; several replacements joined with commas.',
  );
  aliases += constant('LANGUAGE_ALIASES', 'languageAlias rules.', pairs(alias.languageAlias));
  aliases += constant('SCRIPT_ALIASES', 'scriptAlias rules.', pairs(alias.scriptAlias));
  aliases += constant(
    'TERRITORY_ALIASES',
    'territoryAlias rules (several replacements: pick by likely region).',
    pairs(alias.territoryAlias, ','),
  );
  aliases += constant('VARIANT_ALIASES', 'variantAlias rules.', pairs(alias.variantAlias));
  aliases += constant(
    'SUBDIVISION_ALIASES',
    'subdivisionAlias rules (for -u-rg and -u-sd values).',
    pairs(alias.subdivisionAlias, ','),
  );
  // -u / -t keyword value aliases from cldr-bcp47: deprecated values with a preferred value, and
  // BCP 47-shaped aliases (3–8 alphanumerics per subtag) of a value.
  const valueAliases: string[] = [];
  const bcp47Dir = dirname(require.resolve('cldr-bcp47/package.json'));
  const bcp47Files = readdirSync(join(bcp47Dir, 'bcp47'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  for (const file of bcp47Files) {
    const keyword = JSON.parse(readFileSync(join(bcp47Dir, 'bcp47', `${file}.json`), 'utf8')).keyword;
    for (const [ext, keys] of Object.entries<Record<string, Record<string, any>>>(keyword)) {
      for (const [key, values] of Object.entries(keys)) {
        for (const [value, info] of Object.entries<any>(values)) {
          if (value.startsWith('_') || typeof info !== 'object') continue;
          const target = info._preferred ?? value;
          if (info._preferred) valueAliases.push(`${ext}-${key}-${value}>${info._preferred}`);
          if (typeof info._alias === 'string') {
            for (const a of info._alias.split(' ')) {
              const lower = a.toLowerCase();
              if (/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/.test(lower) && lower !== value)
                valueAliases.push(`${ext}-${key}-${lower}>${target}`);
            }
          }
        }
      }
    }
  }
  aliases += constant(
    'VALUE_ALIASES',
    'Keyword value aliases: `ext-key-value>preferred` (cldr-bcp47 _preferred and BCP 47-shaped _alias).',
    [...new Set(valueAliases)].sort().join(' '),
  );
  files['cldr-aliases.ts'] = aliases;

  // ---- likely subtags ----
  const likely: Record<string, string> = supplemental('likelySubtags').likelySubtags;
  const likelyText = Object.entries(likely)
    .map(([from, to]) => {
      const language = from.split('-')[0]!;
      return to.startsWith(language + '-') && language !== 'und'
        ? `${from}>${to.slice(language.length)}`
        : `${from}>${to}`;
    })
    .join(' ');
  files['cldr-likely.ts'] =
    heading(
      'CLDR likely subtags (supplemental/likelySubtags.json): `from>to`; a `to` starting with "-" keeps the language of `from`.',
    ) + constant('LIKELY_SUBTAGS', `${Object.keys(likely).length} likely-subtag rules.`, likelyText);

  // ---- language matching ----
  const matching = supplemental('languageMatching').languageMatching['written-new'];
  const rules = (matching.languageMatch as any[]).map(
    (r) => `${r._desired};${r._supported};${r._distance}${r._oneway ? ';1' : ''}`,
  );
  // Region partitions: each region set named in the rules ($variable or a literal region) is a bit;
  // a region maps to the set of bit masks of the leaf regions it contains (UTS #35 Part 6 §languageMatch).
  const containment = supplemental('territoryContainment').territoryContainment;
  const children = new Map<string, string[]>();
  for (const [key, value] of Object.entries<any>(containment)) {
    if (key.includes('-status-')) continue;
    children.set(key, value._contains);
  }
  const leaves = (region: string, seen = new Set<string>()): string[] => {
    if (seen.has(region)) return [];
    seen.add(region);
    const kids = children.get(region);
    if (!kids) return [region];
    return kids.flatMap((k) => leaves(k, seen));
  };
  const variables = new Map<string, string[]>();
  for (const [name, v] of Object.entries<any>(matching.matchVariables)) {
    variables.set(
      name.slice(1),
      (v._value as string).split('+').flatMap((r) => leaves(r)),
    );
  }
  const sets: string[] = [];
  for (const r of matching.languageMatch as any[]) {
    for (const side of [r._desired, r._supported] as string[]) {
      const region = side.split('-')[2];
      if (!region || region === '*') continue;
      const name = region.replace(/^\$!?/, '');
      if (!sets.includes(name)) sets.push(name);
    }
  }
  const leafMask = (leaf: string) =>
    sets.reduce((mask, name, bit) => ((variables.get(name) ?? [name]).includes(leaf) ? mask | (1 << bit) : mask), 0);
  const allRegions = new Set<string>([
    ...byType('region')
      .map((r) => r.Subtag!)
      .filter((s) => !s.includes('..')),
    ...children.keys(),
  ]);
  const partitions: string[] = [];
  for (const region of [...allRegions].sort()) {
    const masks = [...new Set(leaves(region).map(leafMask))].sort((a, b) => a - b);
    if (masks.length === 1 && masks[0] === 0) continue;
    partitions.push(`${region}:${masks.join(',')}`);
  }
  files['cldr-matching.ts'] =
    heading(
      'CLDR language matching (supplemental/languageMatching.json, written-new) and region partitions (territoryContainment.json).',
    ) +
    constant(
      'MATCH_RULES',
      'languageMatch rules in order: `desired;supported;distance[;1 = oneway]`, joined with "|".',
      rules.join('|'),
    ) +
    `/** Region sets named by the rules, one bit each: $variables (without "$") and literal regions. */\nexport const REGION_SETS = ${JSON.stringify(sets)};\n` +
    constant(
      'REGION_PARTITIONS',
      'Regions in at least one set: `region:mask,mask` (a macroregion has the masks of its leaves).',
      partitions.join(' '),
    ) +
    constant(
      'PARADIGM_LOCALES',
      'paradigmLocales, space-separated.',
      (matching.paradigmLocales._locales as string[]).join(' '),
    );

  // ---- parent locales ----
  const parents: Record<string, string> = supplemental('parentLocales').parentLocales.parentLocale;
  files['cldr-parents.ts'] =
    heading('CLDR parent locales (supplemental/parentLocales.json parentLocale): `child>parent` space-separated.') +
    constant(
      'PARENT_LOCALES',
      `${Object.keys(parents).length} explicit parents.`,
      Object.entries(parents)
        .map(([c, p]) => `${c}>${p}`)
        .join(' '),
    );

  return files;
}

export function tables(): Table[] {
  return Object.entries(tableBodies()).map(([name, body]) => ({
    path: `packages/langtag/src/data/${name}`,
    sources: SOURCES_OF[name]!,
    body,
  }));
}

/** The files as checked in, banner included, by file name under src/data/ (the test compares them). */
export function generateData(): Record<string, string> {
  return Object.fromEntries(
    tables().map((t) => [t.path.split('/').pop()!, render('packages/langtag/scripts/generate-data.ts', t)]),
  );
}

await runAsMain(import.meta.url, { tables });
