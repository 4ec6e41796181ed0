// The LDH test shared by the UTS #46 modules (`isAscii` is @nomina/core's).

/** ASCII letter, digit or hyphen-minus in lower case (the STD3 / LDH repertoire of RFC 1123, lower case). */
export function isLowerLdh(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x2d;
}
