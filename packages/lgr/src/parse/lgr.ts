// parseLgr: an RFC 7940 document (XML text) to an `Lgr`, with every problem as an issue and never a throw.
//
// | RFC 7940 | element | here |
// |---|---|---|
// | §4.2 | `lgr` root in `urn:ietf:params:xml:ns:lgr-1.0`, children `meta`? `data` `rules`? | RFC7940_4.2 |
// | §4.3 | `meta`: version, date, language, scope, description, validity-start/end, unicode-version, references | readMeta |
// | §5.1 | `char cp="XXXX[ YYYY…]"` (sequences), `range first-cp last-cp` | readData |
// | §5.2 | `when` / `not-when` on char, range, var: name a rule defined in `rules` | checked after `rules` |
// | §5.3 | `var cp type when not-when comment`; §5.3.3 null variants (`cp=""`); §5.3.4 reflexive | readData |
// | §5.5 | `tag` (not on sequences), implicit class per tag for `from-tag` | readData |
// | §6.2 | `class` by `from-tag`, `property`, explicit content, `by-ref`; set operators | readClass |
// | §6.3 | `rule` of char/class/any/choice/start/end/rule, `count`, `by-ref` (defined before use, §6.3.4) | readMatchers |
// | §6.4 | `anchor`, `look-ahead`, `look-behind` (one anchor per rule) | readMatchers |
// | §7 | `action disp match/not-match any-variant/all-variants/only-variants` | readAction |
import { errorIssue, formatCodePoint, issue } from '@nomina/core';
import type { LgrIssue, LgrIssueCode } from '../issues.js';
import { MAX_RULE_DEPTH, MAX_RULE_ELEMENTS, MAX_SEQUENCE_LENGTH } from '../limits.js';
import {
  complement,
  difference,
  fromCodePoints,
  fromRanges,
  intersection,
  symmetricDifference,
  union,
  type CodePointSet,
} from '../code-point-set.js';
import type { Count, Lgr, LgrAction, LgrChar, LgrMeta, LgrRange, LgrRule, LgrVariant, Matcher } from '../model.js';
import { propertySet } from '../rules/property.js';
import { parseXml, type XmlElement } from '../xml/parse.js';

/** RFC 7940 §4.1: the namespace of LGR documents. */
export const LGR_NAMESPACE = 'urn:ietf:params:xml:ns:lgr-1.0';

/** What `parseLgr` returns: the LGR (null when the document is not usable) and every issue. */
export interface ParseLgrResult {
  readonly ok: boolean;
  readonly lgr: Lgr | null;
  readonly issues: readonly LgrIssue[];
}

const CP = /^[0-9A-F]{4,6}$/;
const SET_OPERATORS = new Set(['complement', 'union', 'intersection', 'difference', 'symmetric-difference']);

const SET_ATTRIBUTES = ['name', 'comment', 'ref', 'count'];
/** Attributes per element and section, from the RELAX NG schema of RFC 7940 (Appendix D). */
const ALLOWED_ATTRIBUTES: Record<'meta' | 'data' | 'rules' | 'any', Record<string, readonly string[]>> = {
  meta: {
    meta: [],
    version: ['comment'],
    date: [],
    language: [],
    scope: ['type'],
    description: ['type'],
    'validity-start': [],
    'validity-end': [],
    'unicode-version': [],
    references: [],
    reference: ['id', 'comment'],
  },
  data: {
    data: [],
    char: ['cp', 'comment', 'when', 'not-when', 'tag', 'ref'],
    range: ['first-cp', 'last-cp', 'comment', 'when', 'not-when', 'tag', 'ref'],
    var: ['cp', 'type', 'when', 'not-when', 'comment', 'ref'],
  },
  rules: {
    rules: [],
    char: ['cp', 'count', 'comment', 'ref'],
    class: ['name', 'by-ref', 'count', 'comment', 'ref', 'property', 'from-tag'],
    complement: SET_ATTRIBUTES,
    union: SET_ATTRIBUTES,
    intersection: SET_ATTRIBUTES,
    difference: SET_ATTRIBUTES,
    'symmetric-difference': SET_ATTRIBUTES,
    any: ['count', 'comment'],
    choice: ['count', 'comment'],
    start: ['comment'],
    end: ['comment'],
    anchor: ['comment'],
    'look-ahead': ['comment'],
    'look-behind': ['comment'],
    rule: ['name', 'by-ref', 'count', 'comment', 'ref'],
    action: ['comment', 'ref', 'disp', 'match', 'not-match', 'any-variant', 'all-variants', 'only-variants'],
  },
  any: {},
};

/** Parses an RFC 7940 document. Errors make `ok` false; `lgr` is still returned when the structure was read. */
export function parseLgr(xml: string): ParseLgrResult {
  if (typeof xml !== 'string') throw new TypeError('parseLgr: the document must be a string');
  const parsed = parseXml(xml);
  const issues: LgrIssue[] = [...parsed.issues];
  if (!parsed.root) return { ok: false, lgr: null, issues };
  const at = (element: XmlElement): string => {
    const { line, column } = parsed.position(element.offset);
    return `line ${line}, column ${column}`;
  };
  const error = (code: LgrIssueCode, element: XmlElement, message: string): void => {
    issues.push(errorIssue(code, `${at(element)}: <${element.name}>: ${message}`, -1, element.offset));
  };
  const warn = (code: LgrIssueCode, element: XmlElement, message: string): void => {
    issues.push(
      issue(code, `${at(element)}: <${element.name}>: ${message}`, { severity: 'warning', offset: element.offset }),
    );
  };

  const root = parsed.root;
  // RFC 7940 §4.2: the root is `lgr` in the LGR namespace.
  if (root.name !== 'lgr' || root.attributes.xmlns !== LGR_NAMESPACE) {
    error('RFC7940_4.2', root, `the root must be <lgr xmlns="${LGR_NAMESPACE}">`);
    return { ok: false, lgr: null, issues };
  }
  const section = (name: string): XmlElement | undefined => root.children.find((c) => c.name === name);
  for (const child of root.children)
    if (!['meta', 'data', 'rules'].includes(child.name))
      warn('LGR_UNKNOWN_ELEMENT', child, 'not an RFC 7940 section; ignored');
  const data = section('data');
  if (!data) error('RFC7940_4.2', root, 'the <data> section is required');

  // The attributes the RELAX NG schema of RFC 7940 (Appendix D) allows on each element; others are
  // reported (warnings: they are ignored) so that a typo such as `not_when` does not pass unnoticed.
  const walk = (element: XmlElement, where: 'meta' | 'data' | 'rules'): void => {
    const allowed = (ALLOWED_ATTRIBUTES[where][element.name] ?? ALLOWED_ATTRIBUTES.any[element.name]) as
      | readonly string[]
      | undefined;
    if (allowed) {
      for (const name of Object.keys(element.attributes)) {
        if (!allowed.includes(name) && !name.startsWith('xmlns') && !name.startsWith('xml:'))
          warn(
            'LGR_UNKNOWN_ATTRIBUTE',
            element,
            `the attribute ${name} is not defined for <${element.name}> (RFC 7940 Appendix D); ignored`,
          );
      }
    }
    if (element.name !== 'description') for (const child of element.children) walk(child, where);
  };
  for (const child of root.children)
    if (child.name === 'meta' || child.name === 'data' || child.name === 'rules') walk(child, child.name);

  // ---- §4.3 meta
  const meta: LgrMeta = {
    version: null,
    versionComment: null,
    date: null,
    languages: [],
    scopes: [],
    description: null,
    validityStart: null,
    validityEnd: null,
    unicodeVersion: null,
    references: [],
  };
  const metaElement = section('meta');
  for (const m of metaElement?.children ?? []) {
    const text = m.text.trim();
    switch (m.name) {
      case 'version':
        meta.version = text;
        meta.versionComment = m.attributes.comment ?? null;
        break;
      case 'date':
        if (!/^\d{4}-\d\d-\d\d$/.test(text)) warn('RFC7940_4.3', m, `date "${text}" is not YYYY-MM-DD (§4.3.2)`);
        meta.date = text;
        break;
      case 'language':
        meta.languages.push(text);
        break;
      case 'scope':
        meta.scopes.push({ type: m.attributes.type ?? null, value: text });
        break;
      case 'description':
        meta.description = { type: m.attributes.type ?? null, text: m.text };
        break;
      case 'validity-start':
        meta.validityStart = text;
        break;
      case 'validity-end':
        meta.validityEnd = text;
        break;
      case 'unicode-version':
        if (!/^\d+\.\d+\.\d+$/.test(text)) warn('RFC7940_4.3', m, `unicode-version "${text}" is not N.N.N (§4.3.7)`);
        meta.unicodeVersion = text;
        break;
      case 'references':
        for (const r of m.children)
          if (r.name === 'reference')
            meta.references.push({
              id: r.attributes.id ?? '',
              text: r.text.trim(),
              comment: r.attributes.comment ?? null,
            });
        break;
      default:
        warn('LGR_UNKNOWN_ELEMENT', m, 'not an RFC 7940 metadata element; ignored');
    }
  }

  // RFC 7940 §4.3.8 / §5.4.1: every `ref` names a reference of the metadata, once.
  const referenceIds = new Set(meta.references.map((r) => r.id));
  const checkRefs = (element: XmlElement): void => {
    const value = element.attributes.ref;
    if (value !== undefined) {
      const ids = value.trim().split(/ +/).filter(Boolean);
      for (const id of ids)
        if (!referenceIds.has(id))
          error('RFC7940_4.3', element, `ref "${id}" names no reference of the metadata (§4.3.8)`);
      if (new Set(ids).size !== ids.length)
        error('RFC7940_4.3', element, `ref "${value}" repeats an identifier (§5.4.1)`);
    }
    for (const child of element.children) checkRefs(child);
  };
  for (const child of root.children) if (child.name === 'data' || child.name === 'rules') checkRefs(child);

  // ---- §5 data
  const cpList = (
    element: XmlElement,
    attribute: string,
    value: string | undefined,
    allowEmpty: boolean,
  ): number[] | null => {
    if (value === undefined) {
      error('RFC7940_5.1', element, `the ${attribute} attribute is required`);
      return null;
    }
    const trimmed = value.trim();
    if (trimmed === '') {
      if (allowEmpty) return [];
      error('RFC7940_5.1', element, `${attribute} is empty`);
      return null;
    }
    const parts = trimmed.split(' ');
    if (parts.length > MAX_SEQUENCE_LENGTH) {
      error(
        'RFC7940_5.1',
        element,
        `${attribute} holds ${parts.length} code points, more than MAX_SEQUENCE_LENGTH (${MAX_SEQUENCE_LENGTH})`,
      );
      return null;
    }
    const cps: number[] = [];
    for (const part of parts) {
      const cp = CP.test(part) ? parseInt(part, 16) : -1;
      if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        error(
          'RFC7940_5.1',
          element,
          `${attribute}="${value}": "${part}" is not a code point (4 to 6 upper-case hex digits, §5.1)`,
        );
        return null;
      }
      cps.push(cp);
    }
    return cps;
  };
  const tagList = (element: XmlElement, sequence: boolean): string[] => {
    const value = element.attributes.tag;
    if (value === undefined) return [];
    const tags = value.trim().split(/ +/).filter(Boolean);
    // RFC 7940 §5.5: no tag on a sequence; no value twice in one tag attribute.
    if (sequence && tags.length > 0) error('RFC7940_5.5', element, 'a code point sequence must not be tagged (§5.5)');
    if (new Set(tags).size !== tags.length) error('RFC7940_5.5', element, `tag "${value}" repeats a value (§5.5)`);
    return tags;
  };
  const contextOf = (element: XmlElement): { when: string | null; notWhen: string | null } => {
    const when = element.attributes.when ?? null;
    const notWhen = element.attributes['not-when'] ?? null;
    // RFC 7940 §5.2: at most one of when / not-when.
    if (when !== null && notWhen !== null) error('RFC7940_5.2', element, 'has both when and not-when (§5.2)');
    return { when, notWhen };
  };

  const chars: LgrChar[] = [];
  const ranges: LgrRange[] = [];
  const defined = new Set<string>();
  const rangeSpans: Array<[number, number]> = [];
  const tagged = new Map<string, Array<[number, number]>>();
  const contextRefs: Array<{ element: XmlElement; rule: string }> = [];
  const variantTypes = new Set<string>();
  const addTags = (tags: readonly string[], lo: number, hi: number): void => {
    for (const tag of tags) {
      let list = tagged.get(tag);
      if (!list) tagged.set(tag, (list = []));
      list.push([lo, hi]);
    }
  };

  for (const d of data?.children ?? []) {
    if (d.name === 'char') {
      const cps = cpList(d, 'cp', d.attributes.cp, false);
      if (!cps) continue;
      const key = String.fromCodePoint(...cps);
      if (defined.has(key)) {
        error('RFC7940_5.1_DUPLICATE', d, `${cps.map(formatCodePoint).join(' ')} is defined twice (§5.1)`);
        continue;
      }
      defined.add(key);
      const { when, notWhen } = contextOf(d);
      for (const rule of [when, notWhen]) if (rule !== null) contextRefs.push({ element: d, rule });
      const tags = tagList(d, cps.length > 1);
      if (cps.length === 1) addTags(tags, cps[0]!, cps[0]!);
      const variants: LgrVariant[] = [];
      const seen: string[] = [];
      for (const v of d.children) {
        if (v.name !== 'var') {
          warn('LGR_UNKNOWN_ELEMENT', v, 'only <var> may appear in <char>; ignored');
          continue;
        }
        const vcps = cpList(v, 'cp', v.attributes.cp, true);
        if (!vcps) continue;
        const context = contextOf(v);
        for (const rule of [context.when, context.notWhen]) if (rule !== null) contextRefs.push({ element: v, rule });
        // RFC 7940 §5.3.1: a mapping is defined once for one context.
        const vkey = `${vcps.join(' ')}|${context.when ?? ''}|${context.notWhen ?? ''}`;
        if (seen.includes(vkey)) {
          error(
            'RFC7940_5.3',
            v,
            `the variant ${vcps.map(formatCodePoint).join(' ') || '(null)'} is defined twice for this context (§5.3)`,
          );
          continue;
        }
        seen.push(vkey);
        const type = v.attributes.type ?? null;
        if (type !== null) {
          // RFC 7940 §5.3.2: a type is a non-empty NMTOKEN not beginning with "_".
          if (!/^[^\s_][^\s]*$/.test(type))
            error('RFC7940_5.3', v, `type "${type}" must be a token not beginning with "_" (§5.3.2)`);
          variantTypes.add(type);
        }
        const reflexive = vcps.length === cps.length && vcps.every((cp, k) => cp === cps[k]);
        variants.push({
          cps: vcps,
          type,
          when: context.when,
          notWhen: context.notWhen,
          comment: v.attributes.comment ?? null,
          reflexive,
        });
      }
      chars.push({ cps, when, notWhen, tags, comment: d.attributes.comment ?? null, variants });
    } else if (d.name === 'range') {
      const first = cpList(d, 'first-cp', d.attributes['first-cp'], false);
      const last = cpList(d, 'last-cp', d.attributes['last-cp'], false);
      if (!first || !last) continue;
      if (first.length !== 1 || last.length !== 1 || first[0]! > last[0]!) {
        error('RFC7940_5.1', d, 'a range needs single code points with first-cp ≤ last-cp (§5.1)');
        continue;
      }
      if (d.children.length > 0) error('RFC7940_5.1', d, 'a range has no variants (§5.1)');
      const { when, notWhen } = contextOf(d);
      for (const rule of [when, notWhen]) if (rule !== null) contextRefs.push({ element: d, rule });
      const tags = tagList(d, false);
      addTags(tags, first[0]!, last[0]!);
      rangeSpans.push([first[0]!, last[0]!]);
      ranges.push({ first: first[0]!, last: last[0]!, when, notWhen, tags, comment: d.attributes.comment ?? null });
    } else {
      warn('LGR_UNKNOWN_ELEMENT', d, 'only <char> and <range> may appear in <data>; ignored');
    }
  }
  // RFC 7940 §5.1: a code point is defined once, whether by char or by range.
  const rangeSet = checkRanges(rangeSpans);
  if (rangeSet.overlap >= 0)
    issues.push(
      errorIssue(
        'RFC7940_5.1_DUPLICATE',
        `${formatCodePoint(rangeSet.overlap)} is in two ranges (§5.1)`,
        -1,
        data?.offset ?? -1,
        rangeSet.overlap,
      ),
    );
  for (const c of chars) {
    if (c.cps.length === 1 && inSpans(rangeSet.spans, c.cps[0]!)) {
      issues.push(
        errorIssue(
          'RFC7940_5.1_DUPLICATE',
          `${formatCodePoint(c.cps[0]!)} is defined by a char and a range (§5.1)`,
          -1,
          data?.offset ?? -1,
          c.cps[0]!,
        ),
      );
    }
  }

  // ---- §6 rules: classes and rules, in document order (a reference must follow its definition).
  const tags = new Map<string, CodePointSet>();
  for (const [tag, list] of tagged) tags.set(tag, fromRanges(list));
  const classes = new Map<string, CodePointSet>();
  const rules = new Map<string, LgrRule>();
  const actions: LgrAction[] = [];
  const rulesElement = section('rules');

  const readCount = (element: XmlElement): Count | null => {
    const value = element.attributes.count;
    if (value === undefined) return null;
    const m = /^(\d+)(\+|:(\d+))?$/.exec(value.trim());
    const min = m ? Number(m[1]) : NaN;
    const max = !m ? NaN : m[2] === '+' ? Infinity : m[3] !== undefined ? Number(m[3]) : min;
    // RFC 7940 §6.3.3: "n", "n+" or "n:m" with n ≤ m. Counts beyond a label's length can never matter.
    if (!m || max < min || min > 1000) {
      error('RFC7940_6.3', element, `count "${value}" must be n, n+ or n:m with n ≤ m (§6.3.3)`);
      return null;
    }
    return { min, max: Math.min(max, Infinity) };
  };

  // §6.2: a class element (or a set operator) to its set; null after reporting a problem.
  const readClass = (element: XmlElement, depth: number): CodePointSet | null => {
    if (depth > MAX_RULE_DEPTH) {
      error('RFC7940_6.2', element, `classes nested deeper than MAX_RULE_DEPTH (${MAX_RULE_DEPTH})`);
      return null;
    }
    const a = element.attributes;
    if (element.name === 'class') {
      if (a['by-ref'] !== undefined) {
        // §6.3.4: a by-ref class has no other content, and names a class defined before.
        const set = classes.get(a['by-ref']);
        if (!set) error('RFC7940_6.2', element, `by-ref="${a['by-ref']}" names no class defined before it (§6.3.4)`);
        if (
          a.name !== undefined ||
          a['from-tag'] !== undefined ||
          a.property !== undefined ||
          element.children.length > 0 ||
          element.text.trim() !== ''
        ) {
          error('RFC7940_6.2', element, 'a by-ref class has no other definition (§6.3.4)');
        }
        return set ?? null;
      }
      if (a['from-tag'] !== undefined) return tags.get(a['from-tag']) ?? [];
      if (a.property !== undefined) {
        const set = propertySet(a.property);
        if (!set)
          error('RFC7940_6.2', element, `property "${a.property}" is not supported (gc, sc, scx, jt, bc, ccc; §6.2.2)`);
        return set;
      }
      // §6.2.3: explicit content: code points and ranges "XXXX-YYYY" separated by spaces.
      const text = element.text.trim();
      const spans: Array<[number, number]> = [];
      for (const part of text === '' ? [] : text.split(/\s+/)) {
        const m = /^([0-9A-F]{4,6})(?:-([0-9A-F]{4,6}))?$/.exec(part);
        const lo = m ? parseInt(m[1]!, 16) : -1;
        const hi = m ? (m[2] ? parseInt(m[2], 16) : lo) : -1;
        if (!m || lo > hi || hi > 0x10ffff) {
          error('RFC7940_6.2', element, `"${part}" is not a code point or range (§6.2.3)`);
          return null;
        }
        spans.push([lo, hi]);
      }
      return fromRanges(spans);
    }
    if (SET_OPERATORS.has(element.name)) {
      const operands: CodePointSet[] = [];
      for (const child of element.children) {
        if (child.name !== 'class' && !SET_OPERATORS.has(child.name)) {
          error('RFC7940_6.2', child, `not a class or set operator, in <${element.name}> (§6.2.5)`);
          return null;
        }
        const set = readClass(child, depth + 1);
        if (!set) return null;
        operands.push(set);
      }
      const arity =
        element.name === 'complement'
          ? [1, 1]
          : element.name === 'difference' || element.name === 'symmetric-difference'
            ? [2, 2]
            : [2, Infinity];
      if (operands.length < arity[0]! || operands.length > arity[1]!) {
        error(
          'RFC7940_6.2',
          element,
          `takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} or more`} operand(s), not ${operands.length} (§6.2.5)`,
        );
        return null;
      }
      switch (element.name) {
        case 'complement':
          return complement(operands[0]!);
        case 'union':
          return operands.reduce(union);
        case 'intersection':
          return operands.reduce(intersection);
        case 'difference':
          return difference(operands[0]!, operands[1]!);
        default:
          return symmetricDifference(operands[0]!, operands[1]!);
      }
    }
    error('RFC7940_6.2', element, 'not a class');
    return null;
  };

  // §6.3: the children of a rule (or choice option, look-around) to matchers.
  const readMatchers = (elements: readonly XmlElement[], depth: number): Matcher[] | null => {
    const out: Matcher[] = [];
    for (const m of elements) {
      if (depth > MAX_RULE_DEPTH) {
        error('RFC7940_6.3', m, `rules nested deeper than MAX_RULE_DEPTH (${MAX_RULE_DEPTH})`);
        return null;
      }
      const count = readCount(m);
      switch (m.name) {
        case 'char': {
          const cps = cpList(m, 'cp', m.attributes.cp, false);
          if (!cps) return null;
          out.push({ kind: 'char', cps, count });
          break;
        }
        case 'class':
        case 'complement':
        case 'union':
        case 'intersection':
        case 'difference':
        case 'symmetric-difference': {
          if (m.attributes.name !== undefined)
            error('RFC7940_6.3', m, 'a class inside a rule must not be named (§6.3.4)');
          const set = readClass(m, depth + 1);
          if (!set) return null;
          out.push({ kind: 'class', set, count });
          break;
        }
        case 'any':
          out.push({ kind: 'any', count });
          break;
        case 'start':
        case 'end':
          out.push({ kind: m.name });
          break;
        case 'anchor':
          out.push({ kind: 'anchor' });
          break;
        case 'look-ahead':
        case 'look-behind': {
          const body = readMatchers(m.children, depth + 1);
          if (!body) return null;
          out.push({ kind: m.name, body });
          break;
        }
        case 'choice': {
          const options: Matcher[][] = [];
          for (const option of m.children) {
            const body = readMatchers([option], depth + 1);
            if (!body) return null;
            options.push(body);
          }
          out.push({ kind: 'choice', options, count });
          break;
        }
        case 'rule': {
          if (m.attributes.name !== undefined) error('RFC7940_6.3', m, 'a nested rule must not be named (§6.3.4)');
          if (m.attributes['by-ref'] !== undefined) {
            const target = rules.get(m.attributes['by-ref']);
            if (!target) {
              error('RFC7940_6.3', m, `by-ref="${m.attributes['by-ref']}" names no rule defined before it (§6.3.4)`);
              return null;
            }
            out.push({ kind: 'rule', body: target.body, count });
          } else {
            const body = readMatchers(m.children, depth + 1);
            if (!body) return null;
            out.push({ kind: 'rule', body, count });
          }
          break;
        }
        default:
          error('RFC7940_6.3', m, 'not a rule element (§6.3)');
          return null;
      }
    }
    return out;
  };

  for (const r of rulesElement?.children ?? []) {
    if (r.name === 'class' || SET_OPERATORS.has(r.name)) {
      const name = r.attributes.name;
      // §6.3.4: classes declared directly in `rules` are named, uniquely.
      if (name === undefined) {
        error('RFC7940_6.2', r, 'a class directly in <rules> must be named (§6.3.4)');
        continue;
      }
      if (classes.has(name)) error('RFC7940_6.2', r, `the class name "${name}" is used twice (§6.3.4)`);
      const set = readClass(r, 0);
      if (set) classes.set(name, set);
    } else if (r.name === 'rule') {
      const name = r.attributes.name;
      if (name === undefined) {
        error('RFC7940_6.3', r, 'a rule directly in <rules> must be named (§6.3.4)');
        continue;
      }
      if (rules.has(name)) error('RFC7940_6.3', r, `the rule name "${name}" is used twice (§6.3.4)`);
      let body = readMatchers(r.children, 0);
      // by-ref expansion can grow a rule exponentially or nest it deeply: measure before keeping it.
      const measured = body ? measure(body) : { elements: 0, depth: 0 };
      if (measured.elements > MAX_RULE_ELEMENTS || measured.depth > MAX_RULE_DEPTH) {
        error(
          'RFC7940_6.3',
          r,
          `expands to ${measured.elements} elements nested ${measured.depth} deep, beyond MAX_RULE_ELEMENTS (${MAX_RULE_ELEMENTS}) or MAX_RULE_DEPTH (${MAX_RULE_DEPTH})`,
        );
        body = null;
      }
      const anchors = body ? anchorCount(body) : 0;
      // RFC 7940 §6.4.1: a context rule holds at most one anchor (on any path through its choices).
      if (anchors > 1) error('RFC7940_6.4', r, `holds ${anchors} anchors; a context rule has at most one (§6.4.1)`);
      if (body) rules.set(name, { name, comment: r.attributes.comment ?? null, body, anchored: anchors > 0 });
    } else if (r.name === 'action') {
      const a = r.attributes;
      const list = (value: string | undefined): string[] | null =>
        value === undefined ? null : value.trim().split(/ +/).filter(Boolean);
      const action: LgrAction = {
        disp: a.disp ?? '',
        comment: a.comment ?? null,
        match: a.match ?? null,
        notMatch: a['not-match'] ?? null,
        anyVariant: list(a['any-variant']),
        allVariants: list(a['all-variants']),
        onlyVariants: list(a['only-variants']),
      };
      // RFC 7940 §7: disp is required; §7.1: not both match and not-match; §7.2: one variant trigger.
      if (action.disp === '') error('RFC7940_7', r, 'the disp attribute is required (§7)');
      if (action.match !== null && action.notMatch !== null)
        error('RFC7940_7', r, 'has both match and not-match (§7.1)');
      if ([action.anyVariant, action.allVariants, action.onlyVariants].filter((x) => x !== null).length > 1)
        error('RFC7940_7', r, 'has more than one variant trigger (§7.2)');
      for (const rule of [action.match, action.notMatch])
        if (rule !== null && !rules.has(rule)) error('RFC7940_7', r, `names the undefined rule "${rule}" (§7.1)`);
      actions.push(action);
    } else {
      warn('LGR_UNKNOWN_ELEMENT', r, 'not a class, rule or action; ignored');
    }
  }
  // RFC 7940 §5.2: when / not-when name rules of the `rules` section.
  for (const { element, rule } of contextRefs)
    if (!rules.has(rule)) error('RFC7940_5.2', element, `names the undefined rule "${rule}" (§5.2)`);
  // §5.5: each tag is also a class, usable through from-tag (kept apart from named classes).

  const byFirst = new Map<number, LgrChar[]>();
  for (const c of chars) {
    let list = byFirst.get(c.cps[0]!);
    if (!list) byFirst.set(c.cps[0]!, (list = []));
    list.push(c);
  }
  // Longest first: a sequence is tried before its first code point alone (§5.1).
  for (const list of byFirst.values()) list.sort((x, y) => y.cps.length - x.cps.length);

  const lgr: Lgr = { meta, chars, ranges, classes, rules, actions, variantTypes, tags, byFirst };
  return { ok: !issues.some((i) => i.severity === 'error'), lgr, issues };
}

const measures = new WeakMap<readonly Matcher[], { elements: number; depth: number }>();

/** Elements and nesting of a rule body with its references expanded (memoized per shared body). */
function measure(body: readonly Matcher[]): { elements: number; depth: number } {
  const known = measures.get(body);
  if (known) return known;
  let elements = 0;
  let depth = 0;
  for (const m of body) {
    elements++;
    const inner =
      m.kind === 'rule' || m.kind === 'look-ahead' || m.kind === 'look-behind'
        ? [m.body]
        : m.kind === 'choice'
          ? m.options
          : [];
    for (const b of inner) {
      const sub = measure(b);
      elements = Math.min(elements + sub.elements, Number.MAX_SAFE_INTEGER);
      depth = Math.max(depth, sub.depth + 1);
    }
  }
  const result = { elements, depth };
  measures.set(body, result);
  return result;
}

/** Anchors on the path through `body` with the most of them (a choice counts its richest option). */
function anchorCount(body: readonly Matcher[]): number {
  let n = 0;
  for (const m of body) {
    if (m.kind === 'anchor') n++;
    else if (m.kind === 'rule') n += anchorCount(m.body);
    else if (m.kind === 'choice') n += Math.max(0, ...m.options.map(anchorCount));
  }
  return n;
}

function checkRanges(spans: Array<[number, number]>): { spans: Array<[number, number]>; overlap: number } {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < sorted.length; k++)
    if (sorted[k]![0] <= sorted[k - 1]![1]) return { spans: sorted, overlap: sorted[k]![0] };
  return { spans: sorted, overlap: -1 };
}

function inSpans(sorted: Array<[number, number]>, cp: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < sorted[mid]![0]) hi = mid - 1;
    else if (cp > sorted[mid]![1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Used by tests and checks: the set of single code points of the repertoire (chars and ranges). */
export function repertoireSet(lgr: Lgr): CodePointSet {
  const singles = lgr.chars.filter((c) => c.cps.length === 1).map((c) => c.cps[0]!);
  return union(fromCodePoints(singles), fromRanges(lgr.ranges.map((r) => [r.first, r.last])));
}
