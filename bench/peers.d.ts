// Peers that ship no types: the functions the benches call (the rest stays untyped on purpose).
declare module 'punycode/punycode.js' {
  const punycode: {
    toASCII(input: string): string;
    toUnicode(input: string): string;
    encode(input: string): string;
    decode(input: string): string;
  };
  export default punycode;
}

declare module 'tr46' {
  interface Tr46Options {
    checkBidi?: boolean;
    checkHyphens?: boolean;
    checkJoiners?: boolean;
    ignoreInvalidPunycode?: boolean;
    transitionalProcessing?: boolean;
    useSTD3ASCIIRules?: boolean;
    verifyDNSLength?: boolean;
  }
  const tr46: {
    toASCII(domain: string, options?: Tr46Options): string | null;
    toUnicode(domain: string, options?: Tr46Options): { domain: string; error: boolean };
  };
  export default tr46;
}

declare module 'unicode-properties' {
  const unicodeProperties: {
    getScript(codePoint: number): string;
    getCategory(codePoint: number): string;
  };
  export default unicodeProperties;
}
