// RFC 7940 §6.3–§6.4 rules as JavaScript regular expressions (flag `u`: one code point per step).
//
// | RFC 7940 | element | pattern |
// |---|---|---|
// | §6.3.6 | `char cp="X Y"` | `\u{X}\u{Y}` |
// | §6.2 | `class` (a resolved set) | `[\u{lo}-\u{hi}…]` (`[]` never matches) |
// | §6.3.7 | `any` | `[^]` |
// | §6.3.5 | `choice` | `(?:a|b)` |
// | §6.3.2 | `start` / `end` | `^` / `$` |
// | §6.3.3 | `count="n"`, `"n+"`, `"n:m"` | `{n}`, `{n,}`, `{n,m}` |
// | §6.4.1 | `anchor` | the code point (sequence) being evaluated |
// | §6.4.2 | `look-ahead` / `look-behind` | `(?=…)` / `(?<=…)` |
//
// A whole-label rule (action `match`/`not-match`, or a context rule without anchor) matches when the
// pattern matches anywhere in the label (§6.3: start and end anchor it). A parameterized context rule
// (§6.4) must match starting at the code point it is evaluated for: the anchor stands for that code point,
// and look-behind sees the label before it.
//
// A backtracking regular expression can take exponential time on a hostile rule (`(a+)+$`, choices with
// overlapping options in sequence), and an LGR is untrusted input. The native expression is used only for
// rules of backtracking degree at most 3 (variable counts and choices in sequence, none under a count: see
// degree()) on labels within MAX_LABEL_LENGTH, so at most about n³ steps. Every other rule goes to the
// memoized matcher of positions.ts, polynomial whatever its shape.
import { fromCodePoints, has, union, type CodePointSet } from '../code-point-set.js';
import { MAX_LABEL_LENGTH } from '../limits.js';
import type { Count, LgrRule, Matcher } from '../model.js';
import { Positions } from './positions.js';

const hex = (cp: number): string => `\\u{${cp.toString(16)}}`;

function classSource(set: CodePointSet): string {
  let out = '[';
  for (let k = 0; k < set.length; k += 2)
    out += set[k] === set[k + 1] ? hex(set[k]!) : `${hex(set[k]!)}-${hex(set[k + 1]!)}`;
  return out + ']';
}

function quantified(source: string, count: Count | null): string {
  if (count === null) return source;
  const q =
    count.max === count.min
      ? `{${count.min}}`
      : count.max === Infinity
        ? `{${count.min},}`
        : `{${count.min},${count.max}}`;
  return `(?:${source})${q}`;
}

/** The pattern of a rule body; `anchor` is the code point sequence the anchor stands for (or null: never matches). */
export function patternOf(body: readonly Matcher[], anchor: readonly number[] | null): string {
  let out = '';
  for (const m of body) {
    switch (m.kind) {
      case 'char':
        out += quantified(m.cps.map(hex).join(''), m.count);
        break;
      case 'class':
        out += quantified(classSource(m.set), m.count);
        break;
      case 'any':
        out += quantified('[^]', m.count);
        break;
      case 'choice':
        out += quantified(`(?:${m.options.map((o) => patternOf(o, anchor)).join('|')})`, m.count);
        break;
      case 'rule':
        out += quantified(`(?:${patternOf(m.body, anchor)})`, m.count);
        break;
      case 'start':
        out += '^';
        break;
      case 'end':
        out += '$';
        break;
      case 'anchor':
        out += anchor === null ? '(?!)' : `(?:${anchor.map(hex).join('')})`;
        break;
      case 'look-ahead':
        out += `(?=${patternOf(m.body, anchor)})`;
        break;
      case 'look-behind':
        out += `(?<=${patternOf(m.body, anchor)})`;
        break;
    }
  }
  return out;
}

const compiled = new WeakMap<LgrRule, Map<string, RegExp | null>>();

function regexFor(rule: LgrRule, anchor: readonly number[] | null): RegExp | null {
  let cache = compiled.get(rule);
  if (!cache) compiled.set(rule, (cache = new Map()));
  const key = anchor === null ? '' : anchor.join(' ');
  let regex = cache.get(key);
  if (regex === undefined) {
    const source = patternOf(rule.body, anchor);
    // An empty rule matches nothing (a rule must say something to hold).
    regex = source === '' ? null : new RegExp(source, anchor === null ? 'u' : 'uy');
    cache.set(key, regex);
  }
  return regex;
}

const ANY = null;

/**
 * The code points a match of `body` can begin with (its first consuming element), or null when it can
 * begin with any code point or match the empty string. A label holding none of them cannot match, so the
 * regular expression is skipped: most whole-label rules ("do not mix X and Y") start with one of a few
 * code points.
 */
function firstSet(body: readonly Matcher[]): CodePointSet | typeof ANY {
  let acc: CodePointSet = [];
  for (const m of body) {
    let set: CodePointSet | typeof ANY;
    let optional = false;
    switch (m.kind) {
      case 'start':
      case 'end':
      case 'anchor':
      case 'look-ahead':
      case 'look-behind':
        continue; // zero width (an anchor stands for an unknown code point: see below)
      case 'char':
        if (m.cps.length === 0) continue;
        set = fromCodePoints([m.cps[0]!]);
        optional = m.count !== null && m.count.min === 0;
        break;
      case 'class':
        set = m.set;
        optional = m.count !== null && m.count.min === 0;
        break;
      case 'any':
        return ANY;
      case 'choice': {
        set = [];
        for (const option of m.options) {
          const first = firstSet(option);
          if (first === ANY) return ANY;
          set = union(set, first);
        }
        optional = m.count !== null && m.count.min === 0;
        break;
      }
      case 'rule':
        set = firstSet(m.body);
        if (set === ANY) return ANY;
        optional = m.count !== null && m.count.min === 0;
        break;
    }
    acc = union(acc, set);
    if (!optional) return acc;
  }
  return ANY; // every element optional: the rule can match the empty string
}

const firsts = new WeakMap<LgrRule, CodePointSet | typeof ANY>();

function mayMatch(rule: LgrRule, label: string): boolean {
  let first = firsts.get(rule);
  if (first === undefined) firsts.set(rule, (first = rule.anchored ? ANY : firstSet(rule.body)));
  if (first === ANY) return true;
  for (const ch of label) if (has(first, ch.codePointAt(0)!)) return true;
  return false;
}

/**
 * The backtracking degree of a body: a match of degree d tries at most about n^d ways on a label of n code
 * points. A variable count or a choice adds 1 in a sequence; the options of a choice are tried one after
 * the other (their maximum counts); a counted group or choice can try exponentially many (Infinity).
 */
function degree(body: readonly Matcher[]): number {
  let d = 0;
  for (const m of body) {
    const count = 'count' in m ? m.count : null;
    const counted = count !== null && !(count.min === 1 && count.max === 1);
    if (count !== null && count.min !== count.max) d++;
    switch (m.kind) {
      case 'choice':
        if (counted) return Infinity;
        d += 1 + Math.max(...m.options.map(degree));
        break;
      case 'rule':
        if (counted) return Infinity;
        d += degree(m.body);
        break;
      case 'look-ahead':
      case 'look-behind':
        d += degree(m.body);
        break;
    }
  }
  return d;
}

/** Whether the regular expression of a body cannot backtrack much (see the top of this module). */
const tame = (body: readonly Matcher[]): boolean => degree(body) <= 3;

const tameRules = new WeakMap<LgrRule, boolean>();

function useRegex(rule: LgrRule, label: string): boolean {
  let t = tameRules.get(rule);
  if (t === undefined) tameRules.set(rule, (t = tame(rule.body)));
  return t && label.length <= MAX_LABEL_LENGTH;
}

const decode = (label: string): number[] => Array.from(label, (ch) => ch.codePointAt(0)!);

/** The last label's whole-label evaluation: the actions of one label test several rules in a row. */
let last: { label: string; positions: Positions } | null = null;

/** RFC 7940 §6.3: does the whole-label rule match anywhere in `label`? */
export function ruleMatches(rule: LgrRule, label: string): boolean {
  if (!mayMatch(rule, label)) return false;
  if (rule.body.length === 0) return false; // an empty rule matches nothing
  if (!useRegex(rule, label)) {
    if (last?.label !== label) last = { label, positions: new Positions(decode(label), null) };
    const n = [...label].length;
    for (let pos = 0; pos <= n; pos++) if (last.positions.matchesAt(rule.body, pos)) return true;
    return false;
  }
  const regex = regexFor(rule, null);
  if (regex === null) return false;
  regex.lastIndex = 0;
  return regex.test(label);
}

/**
 * RFC 7940 §6.4: does the context rule hold for the code point (sequence) `cps` at UTF-16 offset `offset`
 * of `label`? A rule without anchor is evaluated as a whole-label rule.
 */
export function contextMatches(rule: LgrRule, label: string, cps: readonly number[], offset: number): boolean {
  if (!rule.anchored) return ruleMatches(rule, label);
  if (rule.body.length === 0) return false;
  if (!useRegex(rule, label)) {
    const all = decode(label);
    let at = 0;
    for (let units = 0; units < offset; at++) units += all[at]! > 0xffff ? 2 : 1;
    return new Positions(all, cps).matchesAt(rule.body, at);
  }
  const regex = regexFor(rule, cps);
  if (regex === null) return false;
  regex.lastIndex = offset;
  return regex.test(label);
}
