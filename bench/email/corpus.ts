// A corpus of e-mail addresses in many scripts, valid and invalid, generated deterministically (a seeded
// generator): the same corpus for the differential against the peers and for the speed comparison.
// Each address carries the category that made it, so that disagreements can be read by kind.

export interface CorpusAddress {
  input: string;
  /** How it was made: `valid:<script>` or `mutated:<mutation>` (a mutation is usually, not always, invalid: an NFD local part is valid and normalized). */
  category: string;
}

/** Letters of each script (lower case where the script has case). */
const SCRIPTS: Record<string, string> = {
  latin: 'abcdefghijklmnopqrstuvwxyz',
  'latin-accented': 'áàâäãåçéèêëíìîïñóòôöõúùûüýÿœæøßğışżźćńł',
  cyrillic: 'абвгдежзийклмнопрстуфхцчшщыэюя',
  greek: 'αβγδεζηθικλμνξοπρστυφχψω',
  arabic: 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  hebrew: 'אבגדהוזחטיכלמנסעפצקרשת',
  devanagari: 'कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह',
  bengali: 'কখগঘচছজঝটঠডঢণতথদধনপফবভমযরলশষসহ',
  tamil: 'கஙசஞடணதநபமயரலவழளறன',
  thai: 'กขคงจฉชซญดตถทนบปผพฟภมยรลวศษสหอ',
  han: '中国北京上海人民大学电子邮件用户测试例子网络',
  kana: 'あいうえおかきくけこさしすせそアイウエオカキクケコ',
  hangul: '가나다라마바사아자차카타파하한국어메일',
  georgian: 'აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ',
  armenian: 'աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ',
  ethiopic: 'ሀለሐመሠረሰሸቀበተቸኀነኘአከኸወዐዘዠየደጀገጠጨጰጸፀፈፐ',
};

/** Top-level domains: ASCII, and IDN ones in Unicode. */
const TLDS: Record<string, string[]> = {
  latin: ['com', 'org', 'dev', 'photography'],
  'latin-accented': ['com', 'de', 'fr'],
  cyrillic: ['рф', 'бел', 'com'],
  greek: ['ελ', 'com'],
  arabic: ['مصر', 'السعودية', 'com'],
  hebrew: ['קום', 'com'],
  devanagari: ['भारत', 'com'],
  bengali: ['বাংলা', 'ভারত'],
  tamil: ['இந்தியா', 'சிங்கப்பூர்'],
  thai: ['ไทย', 'com'],
  han: ['中国', '广告', 'com'],
  kana: ['みんな', 'jp'],
  hangul: ['한국', 'kr'],
  georgian: ['გე', 'com'],
  armenian: ['հայ', 'com'],
  ethiopic: ['com', 'et'],
};

/** A seeded generator (mulberry32): the corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeCorpus(perScript = 40, seed = 2026): CorpusAddress[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const word = (letters: string, min: number, max: number) => {
    const chars = [...letters];
    const n = min + Math.floor(rnd() * (max - min + 1));
    return Array.from({ length: n }, () => pick(chars)).join('');
  };
  const out: CorpusAddress[] = [];
  for (const [script, letters] of Object.entries(SCRIPTS)) {
    for (let i = 0; i < perScript; i++) {
      const asciiLocal = rnd() < 0.3;
      const local = asciiLocal
        ? word(SCRIPTS.latin!, 3, 10) + (rnd() < 0.3 ? `.${word(SCRIPTS.latin!, 2, 6)}` : '')
        : word(letters, 2, 8) + (rnd() < 0.2 ? `.${word(letters, 2, 5)}` : '');
      const tag = rnd() < 0.15 ? `+${word(SCRIPTS.latin!, 2, 5)}` : '';
      const domain = `${rnd() < 0.3 ? word(SCRIPTS.latin!, 3, 10) : word(letters, 2, 8)}.${pick(TLDS[script]!)}`;
      out.push({ input: `${local}${tag}@${domain}`, category: `valid:${script}` });
    }
  }
  // Mutations of valid addresses, each a rule of the RFCs (or a trap for look-alikes).
  const base = out.slice();
  const mutations: [string, (local: string, domain: string) => string][] = [
    ['double dot', (l, d) => `${l}..x@${d}`],
    ['leading dot', (l, d) => `.${l}@${d}`],
    ['trailing dot', (l, d) => `${l}.@${d}`],
    ['space', (l, d) => `${l} x@${d}`],
    ['no @', (l, d) => `${l}${d}`],
    ['two @', (l, d) => `${l}@x@${d}`],
    ['quoted local part', (l, d) => `"${l} x"@${d}`],
    ['IPv4 literal', (l) => `${l}@[192.0.2.1]`],
    ['65-octet local part', (_l, d) => `${'a'.repeat(65)}@${d}`],
    ['64-octet label', (l) => `${l}@${'b'.repeat(64)}.com`],
    ['hyphen at label start', (l) => `${l}@-example.com`],
    ['hyphen at label end', (l) => `${l}@example-.com`],
    ['underscore in domain', (l) => `${l}@ex_ample.com`],
    ['ZWJ in local part', (l, d) => `${l}\u200d@${d}`],
    ['RLO in local part', (l, d) => `\u202e${l}@${d}`],
    ['Latin+Cyrillic look-alike', (_l, d) => `pаypal@${d}`],
    ['full-width letters', (_l, d) => `ｊｏｈｎ@${d}`],
    ['combining mark starts a label', (l) => `${l}@\u0301example.com`],
    ['NFD local part', (l, d) => `${l}e\u0301@${d}`],
    ['C1 control', (l, d) => `${l}\u0085@${d}`],
    ['emoji local part', (_l, d) => `😀@${d}`],
    ['one-label domain', (l) => `${l}@localhost`],
    ['invalid Punycode', (l) => `${l}@xn--a.com`],
    ['trailing dot in domain', (l, d) => `${l}@${d}.`],
    ['comma in local part', (l, d) => `${l},x@${d}`],
  ];
  for (const [name, mutate] of mutations) {
    for (let i = 0; i < 12; i++) {
      const { input } = pick(base);
      const at = input.lastIndexOf('@');
      out.push({ input: mutate(input.slice(0, at), input.slice(at + 1)), category: `mutated:${name}` });
    }
  }
  return out;
}
