// The UTS #46 peers as the idna benches call them (bench.ts, compare.ts): with the options of our strict
// defaults, so that every contender does the same work.
import tr46 from 'tr46';

/** UTS #46 §4 flags equal to @nomina/idna's defaults (the spellings tr46 and idna-uts46-hx read). */
export const STRICT = {
  checkBidi: true,
  checkHyphens: true,
  checkJoiners: true,
  useSTD3ASCIIRules: true,
  transitionalProcessing: false,
};

export const tr46ToASCII = (name: string): string | null => tr46.toASCII(name, { ...STRICT, verifyDNSLength: true });
export const tr46ToUnicode = (name: string): string => tr46.toUnicode(name, STRICT).domain;
