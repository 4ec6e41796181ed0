// The README's table: addresses in many scripts and what each profile says of them.
// Run: npx tsx bench/email/examples.ts   (prints a markdown table)
import { parseAddress, registration, type ParseOptions } from '@nomina/email';

const ADDRESSES = [
  '用户@例子.广告', // Chinese
  'θσερ@εχαμπλε.ψομ', // Greek
  'अजय@डाटा.भारत', // Devanagari (Hindi)
  'سلام@مثال.مصر', // Arabic
  'דוד@דוגמה.קום', // Hebrew
  'иван@пример.рф', // Cyrillic (Russian)
  'สมชาย@ตัวอย่าง.ไทย', // Thai
  'முருகன்@உதாரணம்.இந்தியா', // Tamil
  'たなか@例え.みんな', // Japanese
  '홍길동@예시.한국', // Korean
  'ნინო@მაგალითი.გე', // Georgian
  'አበበ@ምሳሌ.com', // Ethiopic (Amharic)
  'Ümit@bücher.de', // Latin with diacritics
  'info@xn--bcher-kva.de', // ASCII local part, A-label domain
  'info@例子.广告', // ASCII local part, IDN domain: no SMTPUTF8 needed
  'info@пример.рф',
  'pаypal@nomina.dev', // Latin with a Cyrillic а
  '"john doe"@nomina.dev', // quoted local part
];

const verdict = (s: string, options: ParseOptions) => {
  const r = parseAddress(s, options);
  return r.ok
    ? 'valid'
    : `✗ ${[...new Set(r.issues.filter((i) => i.severity === 'error').map((i) => i.code))].join(', ')}`;
};

console.log('| address | strict | html | registration | SMTPUTF8 | ASCII form |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const s of ADDRESSES) {
  const r = parseAddress(s);
  console.log(
    `| \`${s}\` | ${verdict(s, {})} | ${verdict(s, { profile: 'html' })} | ${verdict(s, { profile: registration })} | ${r.value ? (r.value.smtputf8 ? 'yes' : 'no') : '—'} | ${r.value?.ascii ? `\`${r.value.ascii}\`` : r.value ? 'none (non-ASCII local part)' : '—'} |`,
  );
}
