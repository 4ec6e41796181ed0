// nomina lgr: validate (streaming, formats, exit codes), variants (--max), collide (--zone), check.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CollisionIndex } from '@nomina/lgr';
import { lgrChecker, loadLgr } from '../src/commands/lgr.js';
import { ndjson, run } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'nomina-lgr-'));
const lgrFile = join(dir, 'ab.xml');
writeFileSync(
  lgrFile,
  `<lgr xmlns="urn:ietf:params:xml:ns:lgr-1.0"><data>
  <char cp="0061"><var cp="0062" type="blocked"/><var cp="00E0" type="allocatable"/></char>
  <char cp="0062"><var cp="0061" type="blocked"/></char>
  <char cp="00E0"><var cp="0061" type="allocatable"/></char>
  <char cp="0063"/>
</data></lgr>`,
);
const badFile = join(dir, 'bad.xml');
writeFileSync(badFile, '<!DOCTYPE x [<!ENTITY a "b">]><lgr/>');
const asymmetric = join(dir, 'asym.xml');
writeFileSync(
  asymmetric,
  '<lgr xmlns="urn:ietf:params:xml:ns:lgr-1.0"><data><char cp="0061"><var cp="0062"/></char><char cp="0062"/><char cp="0041"/></data></lgr>',
);
const zoneFile = join(dir, 'zone.txt');
writeFileSync(zoneFile, '# registered\nac\ncc\nxyz\n');

describe('nomina lgr', () => {
  test('validate: dispositions from arguments; exit 1 when a label is invalid', async () => {
    const { code, out } = await run(['lgr', 'validate', '--lgr', lgrFile, 'ac', 'x']);
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe('1\tac\tvalid\tdefault the catch-all action gave "valid"\t2 variants');
    expect(out.split('\n')[1]).toMatch(/^2\tx\tinvalid\tU\+0078 is not in the repertoire/);
    expect(out).toMatch(/2 labels: 1 valid, 1 invalid; 1 failed/);
  });
  test('validate: streaming from stdin, ndjson', async () => {
    const { code, out } = await run(['lgr', 'validate', '--lgr', lgrFile, '-f', 'ndjson'], 'ab\ncc\n');
    const lines = ndjson(out);
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ line: 1, label: 'ab', disposition: 'valid', variants: 5, estimate: 6 });
    expect(lines[2]).toEqual({ summary: { labels: 2, failed: 0, valid: 2 } });
  });
  test('variants: the variant labels with dispositions, capped by --max', async () => {
    const { code, out } = await run(['lgr', 'variants', '--lgr', lgrFile, 'a']);
    expect(code).toBe(0);
    expect(out).toBe(
      ['b\tblocked\tblocked', 'à\tallocatable\tallocatable', 'a: valid; 2 variant labels (estimate 3)', ''].join('\n'),
    );
    const capped = await run(['lgr', 'variants', '--lgr', lgrFile, '--max', '1', 'aa', '-f', 'json']);
    expect(JSON.parse(capped.out).summary).toMatchObject({ truncated: true });
  });
  test('collide: new labels that are variants of registered ones; exit 1 on a collision', async () => {
    const { code, out } = await run(
      ['lgr', 'collide', '--lgr', lgrFile, '--zone', zoneFile, '-f', 'csv'],
      'bc\nàc\nca\n',
    );
    expect(code).toBe(1);
    expect(out.replaceAll('\r\n', '\n')).toBe(
      [
        'line,label,index_label,collisions,dispositions,issues',
        '1,bc,ac,ac,blocked,',
        '2,àc,ac,ac,allocatable,',
        '',
      ].join('\n'),
    );
  });
  test('check: symmetry, IDNA2008 and the summary; exit 1 on errors', async () => {
    const ok = await run(['lgr', 'check', lgrFile]);
    expect(ok.code).toBe(0);
    // b↔a↔à without b↔à: symmetric, not transitive (warnings only).
    expect(ok.out).toMatch(/warning\tLGR_NOT_TRANSITIVE\tU\+0062 → U\+0061 → U\+00E0 but not U\+0062 → U\+00E0/);
    expect(ok.out).toMatch(/0 errors, 2 warnings; symmetric, NOT transitive/);
    expect(ok.out).toMatch(/repertoire 4 code points \+ 0 sequences; by script: Latn 4/);
    const bad = await run(['lgr', 'check', asymmetric]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/warning\tLGR_NOT_SYMMETRIC/);
    expect(bad.out).toMatch(/error\tLGR_IDNA2008\tU\+0041 is DISALLOWED/);
  });
  test('usage and unusable LGRs: exit 2', async () => {
    expect((await run(['lgr'])).code).toBe(2);
    expect((await run(['lgr', 'validate', 'a'])).code).toBe(2);
    const bad = await run(['lgr', 'validate', '--lgr', badFile, 'a']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/XML_DOCTYPE/);
    expect((await run(['lgr', 'collide', '--lgr', lgrFile, 'a'])).code).toBe(2);
  });
  test('lgrChecker (what nomina check --lgr uses): disposition per label, collisions with the other registered labels', async () => {
    const lgr = await loadLgr(lgrFile);
    await expect(loadLgr(badFile)).rejects.toThrow(/XML_DOCTYPE/);
    const alone = lgrChecker(lgr);
    expect(alone('ac')).toMatchObject({ disposition: 'valid', estimate: 3, collisions: [], issues: [] });
    expect(alone('x')).toMatchObject({ disposition: 'invalid', issues: ['RFC7940_8.1_REPERTOIRE'] });
    const registered = new CollisionIndex(lgr);
    for (const label of ['cc', 'àa', 'ac']) registered.add(label);
    const againstZone = lgrChecker(lgr, registered);
    // A registered label is its name's own registration, not a collision with itself.
    expect(registered.check('cc').collisions).toEqual([{ label: 'cc', disposition: 'valid' }]);
    expect(againstZone('cc').collisions).toEqual([]);
    expect(againstZone('bc').collisions).toEqual([{ label: 'ac', disposition: 'blocked' }]);
    expect(againstZone('aa').collisions).toEqual([{ label: 'àa', disposition: 'allocatable' }]);
    expect(againstZone('x').collisions).toEqual([]);
  });
});
