// `nomina serve`: one command starts the service (in-process registry); flags and environment configure
// it; SIGTERM finishes the request in flight and exits 0. The process test runs the CLI from its sources.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from './harness.js';

const root = join(import.meta.dirname, '..', '..', '..');
/** Under CI (which builds first) the built command; here, the sources through tsx. */
const dist = join(root, 'packages', 'cli', 'dist', 'nomina.js');
const command =
  process.env.CI && existsSync(dist)
    ? [dist]
    : ['--conditions=@nomina/source', '--import', 'tsx', join('packages', 'cli', 'src', 'nomina.ts')];

describe('nomina serve', () => {
  test('--help lists every setting with its environment variable', async () => {
    const { code, out } = await run(['serve', '--help']);
    expect(code).toBe(0);
    for (const text of ['--db URL', '[NOMINA_DB_URL]', '--token TOKEN', '--rate-limit N', '--cors ORIGIN', 'SIGTERM'])
      expect(out).toContain(text);
  });
  test('a bad value, an argument or an unusable file is a usage error (exit 2)', async () => {
    for (const argv of [
      ['serve', '--port', 'eighty'],
      ['serve', 'extra'],
      ['serve', '--lgr', join(root, 'package.json'), '--port', '0'],
    ]) {
      const { code, err } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toMatch(/--port|no arguments|not a usable RFC 7940 LGR/);
    }
  });

  test('starts with one command, serves, and stops on SIGTERM after answering the request in flight', async () => {
    const child = spawn(process.execPath, [...command, 'serve', '--port', '0', '--rate-limit', '0'], {
      cwd: root,
      env: { ...process.env, NOMINA_TOKEN: 'cli-test', NOMINA_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.stdout.resume();
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', () => {
          const m = /listening on (http:\/\/[^\s]+) \(keyword registry: memory, 0 entries/.exec(err);
          if (m) resolve(m[1]!);
        });
        child.on('exit', () => reject(new Error(`exited: ${err}`)));
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const put = await fetch(`${url}/v1/keywords/entries`, {
        method: 'POST',
        headers: { authorization: 'Bearer cli-test', 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'Москва', target: 'city:moscow' }),
      });
      expect(put.status).toBe(201);
      const text = 'Dies ist ein deutscher Satz über Häuser, Bäume und die Stadt am Fluss. '.repeat(3);
      const body = Array.from({ length: 200 }, () => JSON.stringify({ text })).join('\n');
      const response = await fetch(`${url}/v1/langid/detect/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body,
      });
      expect(response.status).toBe(200);
      child.kill('SIGTERM');
      const lines = (await response.text()).split('\n').filter(Boolean);
      expect(lines).toHaveLength(200);
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
