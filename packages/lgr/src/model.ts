// The parsed form of an RFC 7940 LGR. Sections: meta (§4.3), data (§5: char, range, var), rules (§6:
// classes and rules) and actions (§7). Classes are resolved to code point sets and rule references are
// linked when the document is read (§6.3.4: a reference must follow its definition), so validation never
// looks anything up by name except rules named by `when`/`not-when`/`match`/`not-match`.
import type { CodePointSet } from './code-point-set.js';

/** RFC 7940 §4.3 metadata. Absent elements are `null` (or empty lists). */
export interface LgrMeta {
  /** §4.3.1 `version` (text) and its `comment`. */
  version: string | null;
  versionComment: string | null;
  /** §4.3.2 `date` (YYYY-MM-DD). */
  date: string | null;
  /** §4.3.3 `language` tags, in order. */
  languages: string[];
  /** §4.3.4 `scope` elements: type (e.g. `domain`) and value. */
  scopes: Array<{ type: string | null; value: string }>;
  /** §4.3.5 `description` and its media type. */
  description: { type: string | null; text: string } | null;
  /** §4.3.6 `validity-start` / `validity-end`. */
  validityStart: string | null;
  validityEnd: string | null;
  /** §4.3.7 `unicode-version`. */
  unicodeVersion: string | null;
  /** §4.3.8 `references`. */
  references: Array<{ id: string; text: string; comment: string | null }>;
}

/** RFC 7940 §5.3 `var`: a variant mapping of a code point or sequence. */
export interface LgrVariant {
  /** Target code points (empty for a null variant, §5.3.3). */
  readonly cps: readonly number[];
  /** §5.3.2 variant type (`blocked`, `allocatable`, any custom type), `null` when absent. */
  readonly type: string | null;
  readonly when: string | null;
  readonly notWhen: string | null;
  readonly comment: string | null;
  /** §5.3.4: the mapping goes to the source itself (reflexive mapping). */
  readonly reflexive: boolean;
}

/** RFC 7940 §5.1 `char` (a code point or sequence) or one code point of a §5.1 `range`. */
export interface LgrChar {
  readonly cps: readonly number[];
  /** §5.2 context rules. */
  readonly when: string | null;
  readonly notWhen: string | null;
  /** §5.5 tags. */
  readonly tags: readonly string[];
  readonly comment: string | null;
  readonly variants: readonly LgrVariant[];
}

/** RFC 7940 §5.1 `range`: code points first..last with shared attributes and no variants. */
export interface LgrRange {
  readonly first: number;
  readonly last: number;
  readonly when: string | null;
  readonly notWhen: string | null;
  readonly tags: readonly string[];
  readonly comment: string | null;
}

/** `count` of RFC 7940 §6.3.3: at least `min`, at most `max` (Infinity for `n+`). */
export interface Count {
  readonly min: number;
  readonly max: number;
}

/** One element of a rule (RFC 7940 §6.3–§6.4), classes resolved to sets. */
export type Matcher =
  | { readonly kind: 'char'; readonly cps: readonly number[]; readonly count: Count | null }
  | { readonly kind: 'class'; readonly set: CodePointSet; readonly count: Count | null }
  | { readonly kind: 'any'; readonly count: Count | null }
  | { readonly kind: 'choice'; readonly options: readonly Matcher[][]; readonly count: Count | null }
  | { readonly kind: 'rule'; readonly body: readonly Matcher[]; readonly count: Count | null }
  | { readonly kind: 'start' }
  | { readonly kind: 'end' }
  | { readonly kind: 'anchor' }
  | { readonly kind: 'look-ahead'; readonly body: readonly Matcher[] }
  | { readonly kind: 'look-behind'; readonly body: readonly Matcher[] };

/** A named rule of RFC 7940 §6.3. */
export interface LgrRule {
  readonly name: string;
  readonly comment: string | null;
  readonly body: readonly Matcher[];
  /** §6.4: the rule holds an `anchor` (a parameterized context rule). */
  readonly anchored: boolean;
}

/** RFC 7940 §7 `action`. */
export interface LgrAction {
  readonly disp: string;
  readonly comment: string | null;
  readonly match: string | null;
  readonly notMatch: string | null;
  readonly anyVariant: readonly string[] | null;
  readonly allVariants: readonly string[] | null;
  readonly onlyVariants: readonly string[] | null;
}

/** A parsed LGR. Build it with `parseLgr`; treat it as read-only. */
export interface Lgr {
  readonly meta: LgrMeta;
  /** `char` elements in document order (code points and sequences). */
  readonly chars: readonly LgrChar[];
  /** `range` elements in document order. */
  readonly ranges: readonly LgrRange[];
  /** Named classes (§6.2), including one implicit class per tag (§5.5, `from-tag`). */
  readonly classes: ReadonlyMap<string, CodePointSet>;
  /** Named rules (§6.3) in document order. */
  readonly rules: ReadonlyMap<string, LgrRule>;
  /** Explicit actions (§7) in document order; the default actions (§7.6) follow them. */
  readonly actions: readonly LgrAction[];
  /** Every variant type used by a `var`. */
  readonly variantTypes: ReadonlySet<string>;
  /** Tag → the code points tagged with it (§5.5). */
  readonly tags: ReadonlyMap<string, CodePointSet>;
  /** Chars (explicit, longest first) whose first code point is the key. */
  readonly byFirst: ReadonlyMap<number, readonly LgrChar[]>;
}

/**
 * The dispositions that refuse a label, RFC 7940 §7.3: "invalid: The resulting string is not a valid
 * label" and "blocked: The resulting string is a valid label but should be blocked from registration".
 * Every other disposition (`valid`, `allocatable`, `activated`, an LGR's own) lets the label be registered.
 */
export const REFUSED_DISPOSITIONS: readonly string[] = /* @__PURE__ */ Object.freeze(['invalid', 'blocked']);

/** RFC 7940 §7.6 default actions, evaluated after the explicit ones, in this order. */
export const DEFAULT_ACTIONS: readonly LgrAction[] = [
  {
    disp: 'invalid',
    comment: 'Default action for invalid',
    match: null,
    notMatch: null,
    anyVariant: ['invalid'],
    allVariants: null,
    onlyVariants: null,
  },
  {
    disp: 'blocked',
    comment: 'Default action for blocked',
    match: null,
    notMatch: null,
    anyVariant: ['blocked'],
    allVariants: null,
    onlyVariants: null,
  },
  {
    disp: 'allocatable',
    comment: 'Default action for allocatable',
    match: null,
    notMatch: null,
    anyVariant: ['allocatable'],
    allVariants: null,
    onlyVariants: null,
  },
  {
    disp: 'activated',
    comment: 'Default action for activated',
    match: null,
    notMatch: null,
    anyVariant: null,
    allVariants: ['activated'],
    onlyVariants: null,
  },
  {
    disp: 'valid',
    comment: 'Default catch-all',
    match: null,
    notMatch: null,
    anyVariant: null,
    allVariants: null,
    onlyVariants: null,
  },
];
