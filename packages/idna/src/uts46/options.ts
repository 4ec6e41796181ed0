// The UTS #46 flags, their defaults here, and what the WHATWG URL Standard sets them to.
//
// | UTS #46 flag | option | default | URL Standard "domain to ASCII" |
// |---|---|---|---|
// | Transitional_Processing | `transitionalProcessing` | false | false |
// | CheckHyphens | `checkHyphens` | true | false |
// | CheckBidi | `checkBidi` | true | true |
// | CheckJoiners | `checkJoiners` | true | true |
// | UseSTD3ASCIIRules | `useSTD3ASCIIRules` | true | beStrict |
// | VerifyDnsLength (ToASCII; empty labels in ToUnicode) | `verifyDnsLength` | true | beStrict |
// | IgnoreInvalidPunycode | `ignoreInvalidPunycode` | false | false |
//
// Why these defaults: they are the settings of IdnaTestV2.txt (every status code counts), i.e. the strict
// behaviour a program that puts names into the DNS wants. Transitional processing is deprecated by UTS #46
// §4 and would turn `faß.de` into another domain (`fass.de`). For URL parsing use `domainToASCII` (the URL
// Standard's own settings), not these defaults.

/** UTS #46 processing flags (see the table above). Every flag is optional. */
export interface Uts46Options {
  /** Map the deviations ß, ς, ZWJ, ZWNJ as IDNA2003 did (deprecated). Default false. */
  transitionalProcessing?: boolean;
  /** Reject labels with `--` in positions 3-4 (V2) or starting / ending with `-` (V3). Default true. */
  checkHyphens?: boolean;
  /** Apply the RFC 5893 Bidi rule to every label of a Bidi domain name (B1–B6). Default true. */
  checkBidi?: boolean;
  /** Apply the RFC 5892 CONTEXTJ rules to ZWNJ and ZWJ (C1, C2). Default true. */
  checkJoiners?: boolean;
  /** Only letters, digits and hyphen-minus among ASCII characters (U1). Default true. */
  useSTD3ASCIIRules?: boolean;
  /** Domain 1..253 octets (A4_1), labels 1..63 octets (A4_2); ToUnicode reports empty labels (X4_2). Default true. */
  verifyDnsLength?: boolean;
  /** Keep `xn--` labels that are not valid Punycode instead of reporting P4. Default false. */
  ignoreInvalidPunycode?: boolean;
}

/** Every flag resolved. */
export type ResolvedOptions = Required<Uts46Options>;

/**
 * Every resolved-options object is made here, so that all of them share one hidden class: the hot
 * functions that read them stay monomorphic (a frozen object or another key order would deoptimize them).
 */
export function makeOptions(
  transitionalProcessing: boolean,
  checkHyphens: boolean,
  checkBidi: boolean,
  checkJoiners: boolean,
  useSTD3ASCIIRules: boolean,
  verifyDnsLength: boolean,
  ignoreInvalidPunycode: boolean,
): ResolvedOptions {
  return {
    transitionalProcessing,
    checkHyphens,
    checkBidi,
    checkJoiners,
    useSTD3ASCIIRules,
    verifyDnsLength,
    ignoreInvalidPunycode,
  };
}

/** The defaults, as used internally (never handed out: not frozen, see `makeOptions`). */
const DEFAULTS: ResolvedOptions = /* @__PURE__ */ makeOptions(false, true, true, true, true, true, false);

/** The default flags (a frozen copy for callers to read). */
export const DEFAULT_OPTIONS: Readonly<ResolvedOptions> = /* @__PURE__ */ Object.freeze({ ...DEFAULTS });

function flag(options: Uts46Options, name: keyof Uts46Options): boolean {
  const value = options[name];
  if (value === undefined) return DEFAULTS[name];
  if (typeof value !== 'boolean') throw new TypeError(`option ${name} must be a boolean`);
  return value;
}

/** The options with their defaults applied. Throws TypeError for a non-boolean flag (a programmer error). */
export function resolveOptions(options: Uts46Options | undefined): ResolvedOptions {
  if (options === undefined) return DEFAULTS;
  if (typeof options !== 'object' || options === null) throw new TypeError('options must be an object');
  return makeOptions(
    flag(options, 'transitionalProcessing'),
    flag(options, 'checkHyphens'),
    flag(options, 'checkBidi'),
    flag(options, 'checkJoiners'),
    flag(options, 'useSTD3ASCIIRules'),
    flag(options, 'verifyDnsLength'),
    flag(options, 'ignoreInvalidPunycode'),
  );
}
