import { mappingTrie, KIND } from '../../../packages/idna/src/mapping/lookup.js';
import { corpora } from '../corpus.js';
const { idn } = corpora();
const t = mappingTrie();
let nfc = 0, changed = 0, rtl = 0, chars = 0, labels = 0;
for (const n of idn) { let f = 0; for (const c of n) f |= t.get(c.codePointAt(0)!); if (f & KIND.NFC_FLAG) { nfc++; if (n.normalize('NFC') !== n) changed++; } if (f & KIND.RTL_FLAG) rtl++; chars += n.length; labels += n.split('.').length; }
console.log({ n: idn.length, nfc, changed, rtl, avgLen: chars / idn.length, labels: labels / idn.length });
const s = idn.filter((n) => /[^\x00-\x7f]/.test(n.split('.').pop()!)).length; console.log('nonascii tld', s);
