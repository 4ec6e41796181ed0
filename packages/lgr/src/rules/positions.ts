// RFC 7940 §6.3–§6.4 rules matched without backtracking: for each element and label position, the set of
// positions where a match of it can end, computed once (memoized). A rule of E elements on a label of n
// code points costs O(E · n²) set steps (O(E · n³) for counted elements), whatever its shape, where a
// backtracking regular expression can take exponential time: `(a+)+$` on "aaaa…b" doubles with each "a".
// match.ts uses the native regular expression only for rules that cannot backtrack much, this otherwise.
//
// Semantics are those of the regular expressions of match.ts: `anchor` matches the code points it stands
// for at the current position; `look-ahead` / `look-behind` are zero-width tests; `start` / `end` the
// label's ends; `count` repeats an element from `min` to `max` times.
import { has } from '../code-point-set.js';
import type { Count, Matcher } from '../model.js';

type Ends = readonly number[];
const NONE: Ends = [];

/** One evaluation of rules against one label (and one anchor): the memo of its (element, position) ends. */
export class Positions {
  private readonly n: number;
  private readonly seqMemo = new Map<readonly Matcher[], Array<Ends | undefined>>();
  private readonly elementMemo = new Map<Matcher, Array<Ends | undefined>>();

  constructor(
    private readonly cps: readonly number[],
    private readonly anchor: readonly number[] | null,
  ) {
    this.n = cps.length;
  }

  /**
   * Positions where `body` can end when it starts at `pos`: the set of positions carried through its
   * elements in turn (a loop, not a recursion: a rule may have 100,000 elements).
   */
  sequence(body: readonly Matcher[], pos: number): Ends {
    let memo = this.seqMemo.get(body);
    if (!memo) this.seqMemo.set(body, (memo = []));
    const known = memo[pos];
    if (known) return known;
    let current: Ends = [pos];
    for (let k = 0; k < body.length && current.length > 0; k++) {
      if (current.length === 1) {
        current = this.element(body[k]!, current[0]!);
        continue;
      }
      const next = new Set<number>();
      for (const p of current) for (const e of this.element(body[k]!, p)) next.add(e);
      current = next.size === 0 ? NONE : [...next];
    }
    memo[pos] = current;
    return current;
  }

  /** Whether `body` matches starting at `pos`. */
  matchesAt(body: readonly Matcher[], pos: number): boolean {
    return this.sequence(body, pos).length > 0;
  }

  private element(m: Matcher, pos: number): Ends {
    let memo = this.elementMemo.get(m);
    if (!memo) this.elementMemo.set(m, (memo = []));
    const known = memo[pos];
    if (known) return known;
    const count = 'count' in m ? m.count : null;
    const ends = count === null ? this.once(m, pos) : this.repeated(m, pos, count);
    memo[pos] = ends;
    return ends;
  }

  /** `m` once (its count aside). */
  private once(m: Matcher, pos: number): Ends {
    const { cps, n } = this;
    switch (m.kind) {
      case 'char':
        return this.literal(m.cps, pos);
      case 'class':
        return pos < n && has(m.set, cps[pos]!) ? [pos + 1] : NONE;
      case 'any':
        return pos < n ? [pos + 1] : NONE;
      case 'start':
        return pos === 0 ? [pos] : NONE;
      case 'end':
        return pos === n ? [pos] : NONE;
      case 'anchor':
        return this.anchor === null ? NONE : this.literal(this.anchor, pos);
      case 'look-ahead':
        return this.matchesAt(m.body, pos) ? [pos] : NONE;
      case 'look-behind':
        for (let start = pos; start >= 0; start--) if (this.sequence(m.body, start).includes(pos)) return [pos];
        return NONE;
      case 'choice': {
        const out = new Set<number>();
        for (const option of m.options) for (const e of this.sequence(option, pos)) out.add(e);
        return out.size === 0 ? NONE : [...out];
      }
      case 'rule':
        return this.sequence(m.body, pos);
    }
  }

  private literal(seq: readonly number[], pos: number): Ends {
    if (pos + seq.length > this.n) return NONE;
    for (let k = 0; k < seq.length; k++) if (this.cps[pos + k] !== seq[k]) return NONE;
    return [pos + seq.length];
  }

  /**
   * `m` repeated `min` to `max` times: the union of S(i), the positions reached after exactly i repetitions,
   * for i from `min` to `max`. Matches never move backwards, so a walk of more than n + 1 repetitions holds
   * a zero-width one and can be made of any greater length: S(i) is the same for every i > n + 1, and larger
   * counts (a `count="1000"` or `"5+"`) cost no more than n + 2 repetitions.
   */
  private repeated(m: Matcher, pos: number, count: Count): Ends {
    const stable = this.n + 2;
    const out = new Set<number>();
    if (count.min === 0) out.add(pos);
    let current: Ends = [pos];
    for (let i = 1; i <= count.max && current.length > 0; i++) {
      const next = new Set<number>();
      for (const p of current) for (const e of this.once(m, p)) next.add(e);
      current = [...next];
      if (i >= count.min || i >= stable) for (const e of current) out.add(e);
      if (i >= stable) break;
    }
    return out.size === 0 ? NONE : [...out];
  }
}
