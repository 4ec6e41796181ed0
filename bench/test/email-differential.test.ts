// The e-mail differential of issue #16, in the test suite: on the generated corpus (bench/email/corpus.ts),
// every disagreement between Nomina and Python's email-validator (Debian's python3-email-validator, which
// .ci/run installs) or an npm validator must fall in a category whose reason is written down in
// bench/email/bench.ts (WHY) — an unexplained disagreement fails. Skips loudly without Python's module,
// and fails under CI.
import { describe, expect, test } from 'vitest';
import { parseAddress, registration } from '@nomina/email';
import { makeCorpus } from '../email/corpus.js';
import { JS_PEERS, pythonAnswers } from '../email/peers.js';

const corpus = makeCorpus();
const python = pythonAnswers(corpus.map((c) => c.input));
if (!python) {
  const message =
    '\n!!! Python email-validator MISSING (apt-get install python3-email-validator): the e-mail differential is SKIPPED.\n';
  if (process.env.CI) throw new Error(message);
  console.warn(message);
}

const key = (category: string) => (category.startsWith('valid:') ? 'valid' : category.slice('mutated:'.length));

/**
 * Where Nomina and a peer may disagree, and in which direction: `S` is Nomina strict, `R` registration,
 * `accepts`/`refuses` what Nomina does where the peer does the opposite. Each entry is a rule (see WHY in
 * bench/email/bench.ts): RFC 5321 admits quoted strings and literals that Python 1.3 refuses; the
 * regular-expression peers know no IDNA; registration adds UTS #39.
 */
const EXPECTED_DISAGREEMENTS: Record<string, RegExp> = {
  valid: /^(R-refuses:.*|[SR]-accepts:email-validator)$/,
  'quoted local part':
    /^(S-accepts:(python|@hapi\/address|email-validator)|R-refuses:(validator\.js isEmail|email-addresses))$/,
  'IPv4 literal':
    /^(S-accepts:(python|validator\.js isEmail|@hapi\/address|email-validator)|R-refuses:email-addresses)$/,
  '65-octet local part': /^[SR]-refuses:email-addresses$/,
  '64-octet label': /^[SR]-refuses:email-addresses$/,
  'hyphen at label start': /^[SR]-refuses:email-addresses$/,
  'hyphen at label end': /^[SR]-refuses:email-addresses$/,
  'underscore in domain': /^[SR]-refuses:email-addresses$/,
  'ZWJ in local part':
    /^(S-accepts:(python|email-validator)|R-refuses:(validator\.js isEmail|email-addresses|@hapi\/address))$/,
  'RLO in local part':
    /^(S-accepts:(python|email-validator)|R-refuses:(validator\.js isEmail|email-addresses|@hapi\/address))$/,
  'Latin+Cyrillic look-alike': /^(S-accepts:email-validator|R-refuses:.*)$/,
  'full-width letters': /^(S-accepts:email-validator|R-refuses:.*)$/,
  'combining mark starts a label': /^[SR]-refuses:(validator\.js isEmail|email-addresses)$/,
  'NFD local part': /^([SR]-accepts:email-validator|R-refuses:.*)$/,
  'C1 control': /^[SR]-refuses:(email-addresses|@hapi\/address)$/,
  'emoji local part':
    /^(S-accepts:(validator\.js isEmail|email-validator)|R-refuses:(python|email-addresses|@hapi\/address))$/,
  'one-label domain':
    /^(S-accepts:(python|validator\.js isEmail|@hapi\/address|email-validator)|R-refuses:email-addresses)$/,
  'invalid Punycode': /^[SR]-refuses:(validator\.js isEmail|email-addresses|@hapi\/address|email-validator)$/,
};

describe.runIf(python !== undefined)('e-mail differential: every disagreement has its rule', () => {
  test(`${corpus.length} addresses against Python email-validator and ${Object.keys(JS_PEERS).length} npm validators`, () => {
    const unexplained: string[] = [];
    corpus.forEach((c, i) => {
      const ours = { S: parseAddress(c.input).ok, R: parseAddress(c.input, { profile: registration }).ok };
      const peers: Record<string, boolean> = { python: python![i]!.ok };
      for (const [name, verdict] of Object.entries(JS_PEERS)) {
        try {
          peers[name] = verdict(c.input);
        } catch {
          peers[name] = false;
        }
      }
      for (const [peer, theirs] of Object.entries(peers)) {
        for (const profile of ['S', 'R'] as const) {
          if (ours[profile] === theirs) continue;
          const what = `${profile}-${ours[profile] ? 'accepts' : 'refuses'}:${peer}`;
          if (!EXPECTED_DISAGREEMENTS[key(c.category)]?.test(what))
            unexplained.push(`${c.category} ${JSON.stringify(c.input)}: ${what}`);
        }
      }
    });
    expect(unexplained.slice(0, 20), `${unexplained.length} unexplained disagreements`).toEqual([]);
  });

  test('on the addresses both accept, the same normalized form and SMTPUTF8 answer as Python', () => {
    corpus.forEach((c, i) => {
      const ours = parseAddress(c.input);
      const theirs = python![i]!;
      if (!ours.ok || !theirs.ok) return;
      expect({ input: c.input, normalized: ours.value!.normalized, smtputf8: ours.value!.smtputf8 }).toEqual({
        input: c.input,
        normalized: theirs.normalized,
        smtputf8: theirs.smtputf8,
      });
    });
  });
});
