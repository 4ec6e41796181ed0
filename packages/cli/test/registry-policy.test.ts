// `nomina check` with the registry's own policies (issues #14 and #15): --lgr (RFC 7940 disposition of the
// registered label), --lgr-level, --registered (LGR variant collisions) and --confusables (UTS #39 look-alikes
// of an existing zone), on the real Root Zone LGR tables of ../shared/vectors/lgr.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toASCII, toUnicode } from '@nomina/idna';
import { CollisionIndex, parseLgr, registeredLabel, validateLabel, type Lgr } from '@nomina/lgr';
import { areConfusable } from '@nomina/security';
import { ownVector, sharedVector } from '../../../test-vectors/locate.js';
import { ndjson, run } from './harness.js';

const records = (out: string) => ndjson(out).slice(0, -1);
const summaryOf = (out: string) => ndjson(out).at(-1).summary;
const dir = mkdtempSync(join(tmpdir(), 'nomina-policy-'));
const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
};

const RZ = 'lgr/root-zone/rz-lgr-5/';
const ARABIC = sharedVector(`${RZ}lgr-5-arabic-script-26may22-en.xml`);
const CYRILLIC = sharedVector(`${RZ}lgr-5-cyrillic-script-26may22-en.xml`);
const COMMON = sharedVector(`${RZ}lgr-5-common-26may22-en.xml`);
const load = (path: string): Lgr => parseLgr(readFileSync(path, 'utf8')).lgr!;
const APPLICATIONS = ownVector('cli/registry/applications.txt');
const REGISTERED = ownVector('cli/registry/registered.txt');
/** The applications of test-vectors/cli/registry against RZ-LGR-5 Arabic and the registered names. */
const BATCH = ['check', '--file', APPLICATIONS, '--lgr', ARABIC ?? '', '--registered', REGISTERED];
/** `nomina check --lgr LGR --registered REGISTERED NAMES… -f ndjson`. */
const checkNdjson = (lgr: string, registered: string, ...names: string[]) =>
  run(['check', '--lgr', lgr, '--registered', registered, ...names, '-f', 'ndjson']);
/** The names of a list file (blank and # lines skipped), as `nomina check --file` reads them. */
const namesOf = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

describe.skipIf(!ARABIC)('#14 nomina check --lgr on RZ-LGR-5 Arabic', () => {
  const lgr = ARABIC ? load(ARABIC) : (undefined as never);

  test('each name gets the disposition and reason @nomina/lgr gives its label; invalid fails (exit 1)', async () => {
    const names = namesOf(APPLICATIONS);
    const { code, out } = await run(['check', '--file', APPLICATIONS, '--lgr', ARABIC!, '-f', 'ndjson']);
    const got = records(out);
    expect(got).toHaveLength(names.length);
    for (const record of got) {
      if (!record.reasons.length) {
        const label = registeredLabel(record.uName, 2);
        const expected = validateLabel(lgr, label, { variants: false });
        expect(record.lgr, record.input).toEqual({
          label,
          disposition: expected.disposition,
          reason: expected.reason.message,
          collisions: [],
        });
        expect(record.ok, record.input).toBe(!['invalid', 'blocked'].includes(expected.disposition));
      } else expect(record.lgr, record.input).toBeNull(); // failed IDNA2008: not judged
    }
    // The LGR's own whole-label rule "no-mix-kaf-keheh" refuses a label mixing ك (U+0643) and ک (U+06A9).
    const mixed = got.find((r) => r.input === 'كاک.example');
    expect(mixed).toMatchObject({ verdict: 'registrable', ok: false, lgr: { disposition: 'invalid' } });
    expect(mixed.lgr.reason).toContain('no-mix-kaf-keheh');
    expect(code).toBe(1);
    const summary = summaryOf(out);
    expect(summary.lgr.notJudged).toBe(got.filter((r) => r.lgr === null).length);
    expect(Object.values(summary.lgr.dispositions).reduce((a: number, b) => a + (b as number), 0)).toBe(
      got.filter((r) => r.lgr !== null).length,
    );
  });

  test('exit 0 when every label is valid; an A-label is judged by its U-label', async () => {
    const aLabel = toASCII('كتاب.example').domain;
    const { code, out } = await run(['check', '--lgr', ARABIC!, aLabel, 'بيت.example', '-f', 'ndjson']);
    expect(records(out).map((r) => [r.lgr.label, r.lgr.disposition])).toEqual([
      ['كتاب', 'valid'],
      ['بيت', 'valid'],
    ]);
    expect(code).toBe(0);
  });

  test('a code point outside the repertoire (RFC 7940 §8.1) names itself in the reason', async () => {
    const { code, out } = await run(['check', '--lgr', ARABIC!, 'paypal.example', '-f', 'ndjson']);
    expect(records(out)[0].lgr).toMatchObject({ label: 'paypal', disposition: 'invalid' });
    expect(records(out)[0].lgr.reason).toMatch(/U\+0070 is not in the repertoire/);
    expect(code).toBe(1);
  });

  test('--lgr-level picks the label: 3 judges www (Latin, not in the Arabic repertoire)', async () => {
    const level2 = await run(['check', '--lgr', ARABIC!, 'www.كتاب.example', '-f', 'ndjson']);
    const level3 = await run(['check', '--lgr', ARABIC!, '--lgr-level', '3', 'www.كتاب.example', '-f', 'ndjson']);
    expect(records(level2.out)[0].lgr).toMatchObject({ label: 'كتاب', disposition: 'valid' });
    expect(records(level3.out)[0].lgr).toMatchObject({ label: 'www', disposition: 'invalid' });
    expect([level2.code, level3.code]).toEqual([0, 1]);
    expect(summaryOf(level3.out).lgr.level).toBe(3);
  });

  test('--registered: the variants of registered labels, with the disposition as their variant', async () => {
    const registered = namesOf(REGISTERED);
    const index = new CollisionIndex(lgr);
    for (const name of registered) index.add(registeredLabel(toUnicode(name).domain, 2));
    const { code, out } = await run([...BATCH, '-f', 'ndjson']);
    const got = records(out).filter((r) => r.lgr);
    for (const record of got) {
      const expected = index.check(record.lgr.label).collisions.filter((c) => c.label !== record.lgr.label);
      expect(record.lgr.collisions, record.input).toEqual(record.lgr.disposition === 'invalid' ? [] : expected);
      if (expected.length) expect(record.ok, record.input).toBe(false);
    }
    // ک (keheh) for ك (kaf): allocatable only to the registrant of كتاب; أ for ا: blocked (RZ-LGR-5 Arabic).
    const collisions = Object.fromEntries(got.map((r) => [r.input, r.lgr.collisions]));
    expect(collisions['کتاب.example']).toEqual([{ label: 'كتاب', disposition: 'allocatable' }]);
    expect(collisions['سلأم.example']).toEqual([{ label: 'سلام', disposition: 'blocked' }]);
    expect(collisions['مكتبة.example']).toEqual([]);
    expect(code).toBe(1);
    expect(summaryOf(out).lgr.registered).toEqual({
      labels: index.size,
      refused: 0,
      colliding: got.filter((r) => r.lgr.collisions.length).length,
    });
  });

  test('a registered name equal to the name (or its parent: ns1.كتاب.example) is its own, not a collision', async () => {
    const registered = file('own.txt', ['كتاب.example']);
    const { code, out } = await checkNdjson(ARABIC!, registered, 'كتاب.example', 'ns1.كتاب.example');
    expect(records(out).map((r) => r.lgr.collisions)).toEqual([[], []]);
    expect(code).toBe(0);
  });

  test('a blocked variant found by enumeration collides as blocked', async () => {
    const blocked = validateLabel(lgr, 'مكتبة').variants.find((v) => v.disposition === 'blocked')!;
    const registered = file('maktaba.txt', ['مكتبة.example', 'not a name', 'latin.example']);
    const { code, out } = await checkNdjson(ARABIC!, registered, `${blocked.label}.example`);
    expect(records(out)[0].lgr.collisions).toEqual([{ label: 'مكتبة', disposition: 'blocked' }]);
    expect(code).toBe(1);
    // Lines whose label the LGR does not make eligible are counted, not indexed.
    expect(summaryOf(out).lgr.registered).toMatchObject({ labels: 1, refused: 2 });
  });

  test('text, json and csv carry the same answers', async () => {
    const argv = [
      'check',
      '--lgr',
      ARABIC!,
      '--registered',
      REGISTERED,
      'کتاب.example',
      'كاک.example',
      'Bücher.example',
    ];
    const text = (await run(argv)).out;
    expect(text).toContain('LGR valid (label کتاب): the catch-all action gave "valid"');
    expect(text).toContain('LGR variant of the registered كتاب: allocatable only to its registrant');
    expect(text).toMatch(/LGR invalid \(label كاک\): action \d+ \(match "no-mix-kaf-keheh"\)/);
    expect(text).toContain('profile registration + LGR: 0 passed, 3 failed');
    expect(text).toMatch(/on label 2 from the right: 1 valid, 1 invalid; 1 name not judged/);
    const json = JSON.parse((await run([...argv, '-f', 'json'])).out);
    expect(json.results.map((r: { lgr: unknown }) => r.lgr)).toEqual(
      records((await run([...argv, '-f', 'ndjson'])).out).map((r) => r.lgr),
    );
    const csv = (await run([...argv, '-f', 'csv'])).out.split('\r\n');
    expect(csv[0]).toBe(
      'line,input,verdict,ok,u_name,a_name,lookup_name,transitional,codes,lookup_errors,first_reason,registrable_form,lgr_label,lgr_disposition,lgr_reason,lgr_collisions,lgr_collision_dispositions',
    );
    expect(csv[1]).toMatch(
      /^1,کتاب\.example,registrable,false,.*,کتاب,valid,"the catch-all action gave ""valid""",كتاب,allocatable$/,
    );
    expect(csv[3]).toMatch(/,,,,,$/); // Bücher.example: not judged, empty LGR cells
  });

  test('--zone streams its owner names through the LGR too', async () => {
    const zone = file('arabic.zone', ['$ORIGIN example.', 'كتاب IN NS ns1.example.', 'كاک IN NS ns1.example.']);
    const { code, out } = await run(['check', '--zone', zone, '--lgr', ARABIC!, '-f', 'ndjson']);
    expect(records(out).map((r) => [r.input, r.lgr.disposition])).toEqual([
      ['كتاب.example', 'valid'],
      ['كاک.example', 'invalid'],
    ]);
    expect(code).toBe(1);
  });
});

describe.skipIf(!CYRILLIC || !COMMON)('#14 nomina check --lgr on RZ-LGR-5 Cyrillic and the common LGR', () => {
  test('dispositions agree with @nomina/lgr on another script; a Latin o is outside the Cyrillic repertoire', async () => {
    const lgr = load(CYRILLIC!);
    const labels = ['пример', 'москва', 'ёлка', 'испытание', 'мoсква']; // the last holds a Latin o
    const { code, out } = await run(['check', '--lgr', CYRILLIC!, ...labels.map((l) => `${l}.рф`), '-f', 'ndjson']);
    for (const record of records(out)) {
      const r = validateLabel(lgr, record.lgr.label, { variants: false });
      expect([record.lgr.disposition, record.lgr.reason], record.lgr.label).toEqual([r.disposition, r.reason.message]);
    }
    expect(records(out).map((r) => r.lgr.disposition)).toEqual(['valid', 'valid', 'valid', 'valid', 'invalid']);
    expect(code).toBe(1);
  });

  test('the common LGR: a Latin label is a blocked cross-script variant of a registered Cyrillic one', async () => {
    const lgr = load(COMMON!);
    const registered = file('common.txt', ['сарех.example']); // Cyrillic с а р е х
    const index = new CollisionIndex(lgr);
    index.add('сарех');
    const { code, out } = await checkNdjson(COMMON!, registered, 'capex.example', 'carex.example');
    const got = records(out).map((r) => r.lgr.collisions);
    expect(got).toEqual([index.check('capex').collisions, []]);
    expect(got[0]).toEqual([{ label: 'сарех', disposition: 'blocked' }]);
    expect(code).toBe(1);
  });
});

describe('#15 nomina check --confusables NAMES', () => {
  const zone = file('zone.txt', ['# the zone', 'paypal.example', 'apple.example', 'xn--80ak6aa92e.example', '']);

  test('look-alikes of the zone names fail the name, with kind and differing offsets', async () => {
    const names = ['pаypal.example', 'ѕсоре.example', 'apple.example', 'banana.example', 'PAYPAL.example'];
    const { code, out } = await run(['check', '--confusables', zone, ...names, '-f', 'ndjson']);
    const got = records(out);
    // The oracle: UTS #39 §4 on each pair of names, in their Unicode form.
    const zoneNames = ['paypal.example', 'apple.example', 'аррӏе.example'];
    for (const record of got) {
      const expected = zoneNames.filter((z) => z !== record.uName && areConfusable(record.uName, z).confusable);
      expect(record.lookalikes.map((l: { name: string }) => l.name).sort(), record.input).toEqual(expected.sort());
      expect(record.ok, record.input).toBe(expected.length === 0);
    }
    // The Cyrillic а at offset 1; kind judged on the differing labels, not on the shared Latin TLD.
    expect(got[0].lookalikes).toEqual([{ name: 'paypal.example', kind: 'mixed-script', offsets: [1] }]);
    // apple.example is registered, and so is its whole-script Cyrillic look-alike (given as an A-label).
    expect(got[2].lookalikes).toEqual([{ name: 'аррӏе.example', kind: 'whole-script', offsets: [0, 1, 2, 3, 4] }]);
    expect(got[4].lookalikes).toEqual([]); // the zone's own paypal.example, in capitals: not a look-alike
    expect(code).toBe(1);
    expect(summaryOf(out).confusables).toEqual({ file: zone, names: 3, refused: 0, lookalikes: 2 });
  });

  test('a name that failed IDNA2008 is not looked up (null)', async () => {
    const { out } = await run(['check', '--confusables', zone, 'pаypal.example-', '-f', 'ndjson']);
    expect(records(out)[0]).toMatchObject({ ok: false, lookalikes: null });
  });

  test('text and csv', async () => {
    const text = (await run(['check', '--confusables', zone, 'pаypal.example'])).out;
    expect(text).toContain('looks like paypal.example (mixed-script; differs at 1)');
    expect(text).toContain(`look-alikes of the 3 names of ${zone}: 1 name looking like one`);
    const csv = (await run(['check', '--confusables', zone, 'pаypal.example', 'banana.example', '-f', 'csv'])).out;
    const rows = csv.split('\r\n');
    expect(rows[0]!.endsWith(',registrable_form,lookalikes,lookalike_kinds')).toBe(true);
    expect(rows[1]!.endsWith(',paypal.example,mixed-script')).toBe(true);
    expect(rows[2]!.endsWith(',,')).toBe(true);
  });

  test('--confusables-fold adds the LDH folding a registry chooses (g00gle, rnicrosoft), off by default', async () => {
    const ldh = file('ldh.txt', ['google.example', 'microsoft.example', 'wikipedia.example']);
    const names = ['g00gle.example', 'rnicrosoft.example', 'wlkipedia.example', 'vvikipedia.example'];
    const plain = records((await run(['check', '--confusables', ldh, ...names, '-f', 'ndjson'])).out);
    const folded = records(
      (await run(['check', '--confusables', ldh, '--confusables-fold', ...names, '-f', 'ndjson'])).out,
    );
    const matched = (rs: { lookalikes: { name: string }[] }[]) => rs.map((r) => r.lookalikes.map((l) => l.name));
    // confusables.txt itself maps rn to m and 0 to O (UTS #39 §4); the folding adds O/o and vv/w.
    expect(matched(plain)).toEqual([[], ['microsoft.example'], [], []]);
    expect(matched(folded)).toEqual([['google.example'], ['microsoft.example'], [], ['wikipedia.example']]);
    expect((await run(['check', '--confusables-fold', 'a.example'])).code).toBe(2);
  });

  test('the zone may come from standard input when the names are arguments', async () => {
    const { code, out } = await run(
      ['check', '--confusables', '-', 'pаypal.example', '-f', 'ndjson'],
      'paypal.example\n',
    );
    expect(records(out)[0].lookalikes).toHaveLength(1);
    expect(code).toBe(1);
  });

  test('streams a long input against the index built once', async () => {
    const input = Array.from({ length: 20_000 }, (_, i) => (i % 1000 === 0 ? 'pаypal.example' : `n${i}.example`));
    const { code, out } = await run(
      ['check', '--confusables', zone, '--only', 'failed', '-f', 'ndjson', '-'],
      input.join('\n'),
    );
    expect(records(out)).toHaveLength(20);
    expect(summaryOf(out)).toMatchObject({ names: 20_000, failed: 20, confusables: { lookalikes: 20 } });
    expect(code).toBe(1);
  });
});

describe.skipIf(!ARABIC)('--lgr and --confusables together', () => {
  test('a name fails when any check fails; the summary names every policy', async () => {
    const { out } = await run([...BATCH, '--confusables', REGISTERED, '-f', 'ndjson']);
    for (const r of records(out)) {
      const policyFails =
        r.lgr !== null &&
        (['invalid', 'blocked'].includes(r.lgr.disposition) || r.lgr.collisions.length > 0 || r.lookalikes.length > 0);
      expect(r.ok, r.input).toBe(r.reasons.length === 0 && !policyFails);
    }
  });
});

describe('usage errors (exit 2)', () => {
  test.each([
    [['check', '--registered', 'x', 'a.example'], '--lgr-level and --registered go with --lgr FILE'],
    [['check', '--lgr-level', '2', 'a.example'], '--lgr-level and --registered go with --lgr FILE'],
    [['check', '--lgr', 'x.xml', '--lgr-level', '0', 'a.example'], '--lgr-level counts labels from the right'],
    [['check', '--lgr', 'x.xml', '--lgr-level', 'two', 'a.example'], '--lgr-level takes a whole number'],
    [['check', '--confusables', '-', '-'], 'standard input (-) can be read once'],
    [['check', '--lgr', join(dir, 'missing.xml'), 'a.example'], 'missing.xml'],
  ])('%j', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  test('a file that is not an RFC 7940 LGR', async () => {
    const { code, err } = await run(['check', '--lgr', file('bad.xml', ['<html/>']), 'a.example']);
    expect(code).toBe(2);
    expect(err).toContain('not a usable RFC 7940 LGR');
  });

  test('--help documents the options', async () => {
    const { out } = await run(['check', '--help']);
    for (const flag of [
      '--lgr FILE',
      '--lgr-level N',
      '--registered NAMES',
      '--confusables NAMES',
      '--confusables-fold',
    ])
      expect(out).toContain(flag);
  });
});

describe('the README sessions are real output', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  /** The console block after HEADING, as [command, output] pairs. */
  const session = (heading: string): [string, string][] => {
    const block = /```console\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf(heading)))![1]!;
    return block
      .split(/^\$ /m)
      .slice(1)
      .map((part) => [part.slice(0, part.indexOf('\n')), part.slice(part.indexOf('\n') + 1)]);
  };

  test.skipIf(!ARABIC)('the registry session with --lgr, --registered and --confusables', async () => {
    const [text, status, csv] = session('### A registry session with its own policies');
    const argv = text![0].split(' ').slice(1);
    const paths: Record<string, string> = {
      'applications.txt': APPLICATIONS,
      'registered.txt': REGISTERED,
      'lgr-5-arabic-script-26may22-en.xml': ARABIC!,
    };
    const real = (args: string[]) => args.map((a) => paths[a] ?? a);
    const shown = (out: string) => Object.entries(paths).reduce((o, [name, path]) => o.replaceAll(path, name), out);
    const { code, out } = await run(real(argv));
    expect(shown(out)).toBe(text![1]);
    expect(status).toEqual(['echo $?', `${code}\n`]);
    const report = join(dir, 'failures.csv');
    await run(real([...argv, '-f', 'csv', '-o', report]));
    expect(csv![0]).toContain('-f csv -o failures.csv');
    expect(readFileSync(report, 'utf8').replaceAll('\r\n', '\n')).toBe(csv![1]);
  });

  test('the display policy session', async () => {
    for (const [command, output] of session('### `nomina idna to-unicode --display`'))
      expect((await run(command.split(' ').slice(1))).out, command).toBe(output);
  });
});
