// ASCII helpers shared by the Punycode and UTS #46 modules.

/** Every UTF-16 code unit of TEXT is below U+0080. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** ASCII letter, digit or hyphen-minus in lower case (the STD3 / LDH repertoire of RFC 1123, lower case). */
export function isLowerLdh(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x2d;
}
