// Smoke test of what users install: every package's built dist/ imports, and the built `nomina`
// binary runs as a real process. `pnpm test` builds first; a bare `vitest` run without dist/ skips loudly.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const packagesDir = join(root, 'packages');
const bin = join(packagesDir, 'cli', 'dist', 'nomina.js');
const built = existsSync(bin);
if (!built) {
  if (process.env.CI) throw new Error('packages/cli/dist is missing: `pnpm test` builds before testing');
  console.warn('\n!!! dist/ not built: the built-package smoke tests are SKIPPED (run `pnpm build`).\n');
}

describe.skipIf(!built)('built packages', () => {
  const packages = readdirSync(packagesDir).filter((name) => existsSync(join(packagesDir, name, 'package.json')));

  test.each(packages)('%s: every export entry of dist/ imports and exports something', async (name) => {
    const manifest = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'));
    expect(manifest.sideEffects).toBe(false);
    for (const [subpath, target] of Object.entries<Record<string, string> | string>(manifest.exports)) {
      if (typeof target === 'string') continue; // ./package.json
      expect(Object.keys(target)[0], `${name} ${subpath}: "types" must come first`).toBe('types');
      const file = join(packagesDir, name, target.import!);
      expect(existsSync(file), `${file} exists`).toBe(true);
      expect(existsSync(join(packagesDir, name, target.types!)), `${name} ${subpath} types exist`).toBe(true);
      const module = await import(file);
      expect(Object.keys(module).length, `${name} ${subpath} exports`).toBeGreaterThan(0);
    }
  });

  test.each(
    packages.filter((name) => name !== 'cli'),
  )('%s: runtime dist/ has no node: imports (browser-safe)', (name) => {
    const dist = join(packagesDir, name, 'dist');
    for (const file of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(join(dist, file), 'utf8');
      expect(source, `${name}/dist/${file}`).not.toMatch(/from\s*["']node:|require\(["']node:|import\(["']node:/);
    }
  });

  test('the nomina binary prints its usage and exits 0 on --help', () => {
    const out = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(out).toContain('Usage: nomina');
  });

  test('the nomina binary exits 2 on an unknown command', () => {
    const result = spawnSync(process.execPath, [bin, 'no-such-command'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
  });

  test('#13: `nomina demo` of an installed package finds its sample inside the package (dist/examples, shipped by files)', () => {
    const manifest = JSON.parse(readFileSync(join(packagesDir, 'cli', 'package.json'), 'utf8'));
    expect(manifest.files).toContain('dist');
    const shipped = join(packagesDir, 'cli', 'dist', 'examples', 'names.txt');
    expect(readFileSync(shipped, 'utf8')).toBe(readFileSync(join(root, 'examples', 'names.txt'), 'utf8'));
    const result = spawnSync(process.execPath, [bin, 'demo'], { encoding: 'utf8', cwd: '/' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`check (IDNA2008, registration profile) of ${shipped}`);
  });

  test('#13: `nomina --version` of the build prints the version of package.json and the data versions', () => {
    const { version } = JSON.parse(readFileSync(join(packagesDir, 'cli', 'package.json'), 'utf8'));
    const out = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(out.split('\n')[0]).toBe(`nomina ${version}`);
    expect(out).toMatch(/Unicode \d+\.\d+\.\d+/);
    expect(out).toMatch(/CLDR \d+/);
  });
});
