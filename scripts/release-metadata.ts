// The publishing fields of every packages/*/package.json, kept in one place (issue #13): repository,
// homepage, bugs, engines, keywords, license, publishConfig, `files` with LICENSE, and exports that both
// `import` and `require` can take (Node ≥ 20.19 can require() ESM, so `default` points at the same ESM
// file; no CommonJS build is needed). Fields a package already sets otherwise (dependencies, bin,
// description, version) are left alone; each file is read, changed and written at once.
//
//   npx tsx scripts/release-metadata.ts           write every package.json (and LICENSE, see release-licenses.ts)
//   npx tsx scripts/release-metadata.ts --check   exit 1 listing each package whose fields are not as written here
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageLicense } from './release-licenses.js';
import { ROOT } from './gen-lib.js';

/** The canonical repository: every link that leaves the package points here. */
export const REPOSITORY = 'https://github.com/nomina-dev/nomina';
export const NODE_RANGE = '>=20.19';

/** Search keywords per package directory (npm ranks on them). */
const KEYWORDS: Record<string, string[]> = {
  core: ['nomina', 'unicode', 'i18n', 'validation', 'issues'],
  ucd: ['unicode', 'ucd', 'unicode-17', 'script', 'general-category', 'bidi', 'unihan'],
  script: ['unicode', 'script', 'uax24', 'uts39', 'mixed-script', 'restriction-level'],
  idna: ['idna', 'uts46', 'idna2008', 'punycode', 'idn', 'domain', 'whatwg-url', 'tr46'],
  keywords: ['keywords', 'search', 'multilingual', 'transliteration', 'romanization', 'fuzzy', 'cldr'],
  langid: ['language-detection', 'language-identification', 'langid', 'multilingual', 'script', 'cldr'],
  langtag: ['bcp47', 'language-tag', 'rfc5646', 'rfc4647', 'locale', 'accept-language', 'cldr'],
  cli: ['cli', 'idna', 'domain', 'registry', 'bcp47', 'unicode', 'language-detection'],
  email: ['email', 'eai', 'smtputf8', 'rfc6531', 'idna', 'validation'],
  lgr: ['lgr', 'rfc7940', 'label-generation-rules', 'idn', 'registry', 'variants'],
  security: ['uts39', 'confusables', 'homoglyph', 'look-alike', 'spoofing', 'skeleton', 'unicode'],
};

type Conditions = Record<string, string>;
type Manifest = Record<string, unknown> & { exports?: Record<string, string | Conditions>; files?: string[] };

/** `types` first, then the workspace source condition, then `import` and `default` (same ESM file). */
function exportsEntry(target: string | Conditions): string | Conditions {
  if (typeof target === 'string') return target;
  const esm = target.import ?? target.default;
  if (!esm) return target;
  const { types, '@nomina/source': source, import: _import, default: _default, ...rest } = target;
  return {
    ...(types ? { types } : {}),
    ...(source ? { '@nomina/source': source } : {}),
    ...rest,
    import: esm,
    default: esm,
  };
}

/** The manifest `pkg` of packages/`dir` with every publishing field as it should be. */
export function withMetadata(dir: string, pkg: Manifest): Manifest {
  const files = [...new Set([...(pkg.files ?? ['dist']), 'LICENSE'])];
  const exportsField = pkg.exports
    ? Object.fromEntries(Object.entries(pkg.exports).map(([k, v]) => [k, exportsEntry(v)]))
    : undefined;
  const keywords = KEYWORDS[dir] ?? (pkg.keywords as string[] | undefined) ?? ['nomina', 'unicode'];
  // Keys in a stable, conventional order; unknown keys keep their place after the known ones.
  const out: Manifest = {};
  const put = (key: string, value: unknown) => {
    if (value !== undefined) out[key] = value;
  };
  put('name', pkg.name);
  put('version', pkg.version);
  put('description', pkg.description);
  put('keywords', keywords);
  put('homepage', `${REPOSITORY}/tree/main/packages/${dir}#readme`);
  put('bugs', { url: `${REPOSITORY}/issues` });
  put('repository', { type: 'git', url: `git+${REPOSITORY}.git`, directory: `packages/${dir}` });
  put('license', packageLicense(dir).spdx);
  for (const [key, value] of Object.entries(pkg))
    if (!(key in out) && key !== 'exports' && key !== 'files') put(key, value);
  put('engines', { ...(pkg.engines as object | undefined), node: NODE_RANGE });
  put('publishConfig', { access: 'public' });
  // Place exports and files where they were (after sideEffects/bin), keeping the rest of the order.
  const ordered: Manifest = {};
  for (const [key, value] of Object.entries(out)) {
    ordered[key] = value;
    if (key === (pkg.bin ? 'bin' : 'sideEffects')) {
      if (exportsField) ordered.exports = exportsField;
      ordered.files = files;
    }
  }
  if (exportsField && !ordered.exports) ordered.exports = exportsField;
  if (!ordered.files) ordered.files = files;
  return ordered;
}

export function packageDirs(): string[] {
  return readdirSync(join(ROOT, 'packages'))
    .filter((dir) => existsSync(join(ROOT, 'packages', dir, 'package.json')))
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const dir of packageDirs()) {
    const file = join(ROOT, 'packages', dir, 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    const next = withMetadata(dir, pkg);
    if (JSON.stringify(next) === JSON.stringify(pkg)) continue; // same fields in the same order
    stale.push(dir);
    if (!check) writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  }
  if (check && stale.length) {
    console.error(
      `package.json publishing fields out of date: ${stale.join(', ')} (run npx tsx scripts/release-metadata.ts)`,
    );
    process.exit(1);
  }
  console.log(
    check ? 'package.json publishing fields: ok' : `package.json written: ${stale.join(', ') || 'none changed'}`,
  );
}
