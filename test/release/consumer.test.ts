// Release dry-run in a fresh consumer (issue #13): every package is packed as it would be published
// (scripts/release-dry-run.ts), the tarballs are installed with plain npm into a new project in the temp
// directory (their registry dependencies come from the registry), and that project loads every entry
// point from an ES module and from a CommonJS file, and typechecks against them with `tsc --strict`
// under `nodenext` in both module kinds. Needs the built dist/ (`pnpm test` builds first) and the npm
// registry: without either it skips loudly, and fails under CI.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/gen-lib.js';
import { packageDirs } from '../../scripts/release-metadata.js';
import { inspect, packAll, type Packed } from '../../scripts/release-dry-run.js';

/** A package is built when every `import` target of its exports exists. */
function built(dir: string): boolean {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8'));
  return Object.values<string | Record<string, string>>(pkg.exports ?? {}).every(
    (t) => typeof t === 'string' || !t.import || existsSync(join(ROOT, 'packages', dir, t.import)),
  );
}

const unbuilt = packageDirs().filter((dir) => !built(dir));
if (unbuilt.length) {
  const message = `dist/ not built for ${unbuilt.join(', ')}: \`pnpm test\` builds before testing`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n!!! ${message}; the release consumer test is SKIPPED.\n`);
}

/** Entry points of the installed packages: [specifier, identifier]. */
function entries(packed: Packed[]): [string, string][] {
  const out: [string, string][] = [];
  for (const p of packed) {
    for (const subpath of Object.keys((p.manifest.exports ?? {}) as object)) {
      if (subpath === './package.json') continue;
      out.push([`${p.name}${subpath.slice(1)}`, `m${out.length}`]);
    }
  }
  return out;
}

/** The same checks from either module system: every entry loads and exports something; a few answers. */
function program(load: (specifier: string) => string, specifiers: string[]): string {
  return `const loaded = {};
${specifiers.map((s) => `loaded[${JSON.stringify(s)}] = Object.keys(${load(s)}).length;`).join('\n')}
const { getScript } = ${load('@nomina/ucd')};
const { toASCII } = ${load('@nomina/idna')};
const { maximize } = ${load('@nomina/langtag')};
const ascii = toASCII('Bücher.example');
console.log(JSON.stringify({
  loaded,
  script: getScript(0x0416),
  ascii: ascii.value ?? ascii.domain,
  maximized: maximize('zh-TW').value,
}));
`;
}

describe.skipIf(unbuilt.length > 0)('release dry-run: a fresh consumer installs the packed packages', () => {
  let work = '';
  let consumer = '';
  let packed: Packed[] = [];
  let installed = false;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'nomina-consumer-'));
    consumer = join(work, 'consumer');
    packed = packAll(join(work, 'tarballs')).map(inspect);
    mkdirSync(consumer);
    // Node's types for the Node-only entry points (the CLI's API); the browser check below does without them.
    const dependencies = {
      ...Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`])),
      '@types/node': '^20.19.0',
    };
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, dependencies }));
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
      cwd: consumer,
      encoding: 'utf8',
      timeout: 180_000,
    });
    installed = npm.status === 0;
    if (!installed) {
      const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network/i.test(npm.stderr);
      if (!offline || process.env.CI) throw new Error(`npm install failed:\n${npm.stderr}`);
      console.warn(`\n!!! npm registry unreachable: the consumer install is SKIPPED.\n${npm.stderr}\n`);
    }
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('each tarball is fit to publish: no workspace: range, LICENSE, README, every exports target, a default condition', () => {
    expect(packed.map((p) => p.name).sort()).toEqual(packageDirs().map((dir) => `@nomina/${dir}`));
    for (const p of packed) expect(p.problems, p.name).toEqual([]);
  });

  const expected = { script: 'Cyrl', ascii: 'xn--bcher-kva.example', maximized: 'zh-Hant-TW' };

  test('an ES module imports every entry point', ({ skip }) => {
    if (!installed) skip();
    const specifiers = entries(packed).map(([s]) => s);
    writeFileSync(
      join(consumer, 'main.mjs'),
      program((s) => `(await import(${JSON.stringify(s)}))`, specifiers),
    );
    const result = JSON.parse(execFileSync(process.execPath, ['main.mjs'], { cwd: consumer, encoding: 'utf8' }));
    expect(result).toMatchObject(expected);
    for (const s of specifiers) expect(result.loaded[s], s).toBeGreaterThan(0);
  });

  test('a CommonJS file require()s every entry point (Node ≥ 20.19 loads the ESM build)', ({ skip }) => {
    if (!installed) skip();
    const specifiers = entries(packed).map(([s]) => s);
    writeFileSync(
      join(consumer, 'main.cjs'),
      program((s) => `require(${JSON.stringify(s)})`, specifiers),
    );
    const run = spawnSync(process.execPath, ['main.cjs'], { cwd: consumer, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject(expected);
    for (const s of specifiers) expect(result.loaded[s], s).toBeGreaterThan(0);
  });

  /** Runs `tsc -p` on a tsconfig written into the consumer; returns what it printed. */
  function tsc(name: string, files: string[], extra: Record<string, unknown>): string {
    const compilerOptions = {
      strict: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      noEmit: true,
      skipLibCheck: false,
      ...extra,
    };
    writeFileSync(join(consumer, name), JSON.stringify({ compilerOptions, files }));
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(consumer, name)],
      {
        encoding: 'utf8',
      },
    );
    return `${run.stdout}${run.stderr}${run.status === 0 ? '' : `(exit ${run.status})`}`;
  }

  test('tsc --strict, module and moduleResolution nodenext, typechecks an ES module and a CommonJS file', ({
    skip,
  }) => {
    if (!installed) skip();
    const list = entries(packed);
    const use = `
const script: string = ucd.getScript(0x41);
const tag = langtag.maximize('zh-TW').value;
export const used = [script, tag, ${list.map(([, id]) => id).join(', ')}];
`;
    const mts = `${list.map(([s, id]) => `import * as ${id} from ${JSON.stringify(s)};`).join('\n')}
import * as ucd from '@nomina/ucd';
import * as langtag from '@nomina/langtag';
${use}`;
    const cts = `${list.map(([s, id]) => `import ${id} = require(${JSON.stringify(s)});`).join('\n')}
import ucd = require('@nomina/ucd');
import langtag = require('@nomina/langtag');
${use.replace('export const used =', 'const used =')}
export = used;
`;
    writeFileSync(join(consumer, 'check.mts'), mts);
    writeFileSync(join(consumer, 'check.cts'), cts);
    expect(tsc('tsconfig.json', ['check.mts', 'check.cts'], { types: ['node'] })).toBe('');
  });

  test('the browser packages typecheck without Node types (no node: type leaks into their .d.ts)', ({ skip }) => {
    if (!installed) skip();
    // The CLI (a command) and the HTTP server (Fastify's types need Node's) are Node-only.
    const browser = new Set(packed.filter((p) => !p.manifest.bin && p.name !== '@nomina/server').map((p) => p.name));
    const list = entries(packed).filter(([s]) => browser.has(s.split('/').slice(0, 2).join('/')));
    const mts = `${list.map(([s, id]) => `import * as ${id} from ${JSON.stringify(s)};`).join('\n')}
export const used = [${list.map(([, id]) => id).join(', ')}];
`;
    writeFileSync(join(consumer, 'browser.mts'), mts);
    expect(tsc('tsconfig.browser.json', ['browser.mts'], { types: [], lib: ['es2022', 'dom'] })).toBe('');
  });
});
