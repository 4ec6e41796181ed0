import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ndjson, run } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'nomina-confusables-'));
const zoneFile = join(dir, 'zone.txt');
writeFileSync(zoneFile, '# registered names\npaypal\nscope\ngoogle\nexample\n');

describe('nomina confusables', () => {
  test('A B: confusable, kind, skeletons and levels; exit 1 when confusable', async () => {
    const { code, out } = await run(['confusables', 'pаypal', 'paypal']);
    expect(code).toBe(1);
    expect(out).toBe(
      [
        'pаypal\tskeleton paypal\tminimally-restrictive\tRESTRICTION_LEVEL',
        'paypal\tskeleton paypal\tascii-only',
        'confusable: mixed-script',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await run(['confusables', 'ѕсоре', 'scope', '-f', 'json'])).out);
    expect(json.results[0]).toMatchObject({
      confusable: true,
      kind: 'whole-script',
      reasons: [['WHOLE_SCRIPT_LOOKALIKE'], []],
    });
    expect((await run(['confusables', 'apple', 'orange'])).code).toBe(0);
  });

  test('TEXT: skeleton, level and profile reasons; exit 1 when a text fails its profile', async () => {
    const { code, out } = await run(['confusables', '-', '-f', 'ndjson'], 'example\nab\u200dc\n');
    const lines = ndjson(out);
    expect(code).toBe(1);
    expect(lines[0]).toEqual({
      line: 1,
      text: 'example',
      skeleton: 'exarnple',
      restrictionLevel: 'ascii-only',
      issues: [],
    });
    expect(lines[1].issues).toContain('INVISIBLE_CHARACTER');
    expect(lines[2]).toEqual({ summary: { texts: 2, failed: 1 } });
  });

  test('--zone NAMES -: every new name that looks like a registered one, streaming from stdin', async () => {
    const { code, out } = await run(
      ['confusables', '--zone', zoneFile, '-', '-f', 'csv'],
      'pаypal\nnew-name\nѕсоре\ng00gle\n',
    );
    expect(code).toBe(1);
    expect(out.trim().split(/\r?\n/)).toEqual([
      'line,name,skeleton,matches,kinds,offsets,issues',
      '1,pаypal,paypal,paypal,mixed-script,1,',
      '3,ѕсоре,scope,scope,whole-script,"0,1,2,3,4",',
    ]);
    const folded = await run(['confusables', '--zone', zoneFile, '--fold', '-f', 'ndjson'], 'g00gle\n');
    expect(JSON.parse(folded.out.split('\n')[0]!).matches[0].name).toBe('google');
    expect((await run(['confusables', '--zone', zoneFile], 'fresh\n')).code).toBe(0);
  });

  test('usage errors exit 2', async () => {
    expect((await run(['confusables', '--direction', 'up', 'a'])).code).toBe(2);
    expect((await run(['confusables', '--zone', join(dir, 'missing.txt'), '-'])).code).toBe(2);
    expect((await run(['confusables', '--zone', zoneFile, 'a', 'b'])).code).toBe(2);
  });
});
