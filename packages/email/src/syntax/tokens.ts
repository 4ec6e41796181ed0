// The lexical layer of RFC 5322 §3.2 (with the RFC 6532 §3.2 UTF-8 extensions), in one linear pass:
// atoms, quoted strings, comments (nested, RFC 5322 §3.2.2), domain literals, folding white space, and
// the specials. Every parser of this package reads these tokens, so each lexical rule lives here once.
import { MAX_COMMENT_DEPTH } from '../limits.js';
import { isAsciiAtext, isAsciiDtext, isAsciiQtext, isQuotable, isWsp } from './chars.js';

export const enum TokenKind {
  /** 1*atext (RFC 5322 §3.2.3); any non-ASCII code point joins an atom (RFC 6532 §3.2). */
  Atom,
  Dot,
  At,
  /** DQUOTE *([FWS] qcontent) [FWS] DQUOTE (§3.2.4); `value` is the content, quoted-pairs resolved. */
  Quoted,
  /** "(" … ")" (§3.2.2), nested; `value` is the content. */
  Comment,
  /** FWS (§3.2.2): WSP, and CRLF followed by WSP. */
  Space,
  /** "[" *dtext "]" (§3.4.1); `value` is the text between the brackets. */
  Literal,
  /** One of `<`, `>`, `:`, `;`, `,`. */
  Special,
  /** A code unit no rule allows here (a control, `\` outside quotes, an unmatched `)` or `]`). */
  Invalid,
}

/** Why a token is ill-formed (`Token.problem`). */
export const enum TokenProblem {
  None,
  /** A code unit the token's class does not allow, at `Token.at`. */
  BadCharacter,
  /** The closing `"`, `)` or `]` is missing. */
  Unterminated,
  /** Comments nested deeper than MAX_COMMENT_DEPTH. */
  TooDeep,
}

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The token's text; for quoted strings, comments and literals, the content without delimiters. */
  value: string;
  problem: TokenProblem;
  /** Offset of the problem (the bad unit, or the token start when unterminated). */
  at: number;
}

/**
 * The tokens of a text, kept in typed arrays: one object per token would make a long hostile input
 * (65,536 one-character tokens) cost quadratic time in the garbage collector, which copies every
 * surviving young object at each scavenge. `get(i)` builds a short-lived `Token` view.
 *
 * One instance is reused by every call (tokenize() resets it): tokens never outlive the synchronous
 * parse that reads them, and the arrays grow to the longest input seen (at most MAX_HEADER_LENGTH).
 */
export class Tokens {
  count = 0;
  private text = '';
  private kinds = new Uint8Array(64);
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private problems = new Uint8Array(64);
  private ats = new Int32Array(64);
  /** Contents of quoted strings and comments (pairs resolved), by token index; `undefined` elsewhere. */
  private contents: (string | undefined)[] = [];

  /** Empties the tokens for `text`, growing the arrays to hold one token per code unit. */
  reset(text: string): this {
    this.text = text;
    this.count = 0;
    this.contents.length = 0;
    if (this.kinds.length <= text.length) {
      const capacity = 2 ** Math.ceil(Math.log2(text.length + 1));
      this.kinds = new Uint8Array(capacity);
      this.starts = new Int32Array(capacity);
      this.ends = new Int32Array(capacity);
      this.problems = new Uint8Array(capacity);
      this.ats = new Int32Array(capacity);
    }
    return this;
  }

  push(kind: TokenKind, start: number, end: number, problem = TokenProblem.None, at = -1, content?: string): void {
    const i = this.count++;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
    this.problems[i] = problem;
    this.ats[i] = at;
    this.contents[i] = content;
  }

  kind(i: number): TokenKind {
    return this.kinds[i]!;
  }

  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }

  /** Token `i` is the special (`<`, `>`, `:`, `;`, `,`) `char`, without building a Token. */
  isSpecial(i: number, char: string): boolean {
    return this.kinds[i] === TokenKind.Special && this.text.charCodeAt(this.starts[i]!) === char.charCodeAt(0);
  }

  /** The token at `i` as an object (built on each call: keep it no longer than needed). */
  get(i: number): Token {
    const kind = this.kinds[i]! as TokenKind;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    const value =
      this.contents[i] ??
      (kind === TokenKind.Literal
        ? this.text.slice(start + 1, end - (this.problems[i] === TokenProblem.Unterminated ? 0 : 1))
        : this.text.slice(start, end));
    return { kind, start, end, value, problem: this.problems[i]! as TokenProblem, at: this.ats[i]! };
  }
}

/** Offset after a CRLF that folds (is followed by WSP), or -1. */
function foldEnd(text: string, i: number): number {
  return text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a && isWsp(text.charCodeAt(i + 2)) ? i + 2 : -1;
}

const shared = new Tokens();

/**
 * The tokens of `text`, in order, covering every code unit. Linear in the length of `text`. The result
 * is reused by the next call: read it before tokenizing again.
 */
export function tokenize(text: string): Tokens {
  const tokens = shared.reset(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    const start = i;
    if (unit >= 0x80 || isAsciiAtext(unit)) {
      while (i < n) {
        const u = text.charCodeAt(i);
        if (u < 0x80 && !isAsciiAtext(u)) break;
        i++;
      }
      tokens.push(TokenKind.Atom, start, i);
    } else if (isWsp(unit) || foldEnd(text, i) >= 0) {
      while (i < n) {
        if (isWsp(text.charCodeAt(i))) i++;
        else if (foldEnd(text, i) >= 0) i += 2;
        else break;
      }
      tokens.push(TokenKind.Space, start, i);
    } else if (unit === 0x2e) tokens.push(TokenKind.Dot, start, ++i);
    else if (unit === 0x40) tokens.push(TokenKind.At, start, ++i);
    else if (unit === 0x22) i = quoted(text, i, tokens);
    else if (unit === 0x28) i = comment(text, i, tokens);
    else if (unit === 0x5b) i = literal(text, i, tokens);
    else if (unit === 0x3c || unit === 0x3e || unit === 0x3a || unit === 0x3b || unit === 0x2c) {
      tokens.push(TokenKind.Special, start, ++i);
    } else tokens.push(TokenKind.Invalid, start, ++i, TokenProblem.BadCharacter, start);
  }
  return tokens;
}

/**
 * RFC 5322 §3.2.4 quoted-string from the `"` at `start`: qtext, FWS (unfolded: the CRLF is removed),
 * quoted-pair (§3.2.1: `\` then VCHAR or WSP) and UTF8-non-ascii. Returns the offset after it.
 */
function quoted(text: string, start: number, tokens: Tokens): number {
  const n = text.length;
  let value = '';
  let from = start + 1;
  let problem = TokenProblem.None;
  let at = -1;
  let i = start + 1;
  for (; i < n; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x22) break;
    if (unit === 0x5c) {
      const next = text.charCodeAt(i + 1);
      value += text.slice(from, i);
      if (i + 1 < n && isQuotable(next)) {
        from = i + 1;
        i++;
        continue;
      }
      if (problem === TokenProblem.None) [problem, at] = [TokenProblem.BadCharacter, i];
      from = i + 1;
      continue;
    }
    const fold = foldEnd(text, i);
    if (fold >= 0) {
      value += text.slice(from, i);
      from = fold;
      i = fold - 1;
      continue;
    }
    if (!(unit >= 0x80 || isAsciiQtext(unit) || isWsp(unit)) && problem === TokenProblem.None)
      [problem, at] = [TokenProblem.BadCharacter, i];
  }
  if (i >= n) {
    tokens.push(TokenKind.Quoted, start, n, TokenProblem.Unterminated, start, value + text.slice(from, n));
    return n;
  }
  tokens.push(TokenKind.Quoted, start, i + 1, problem, at, value + text.slice(from, i));
  return i + 1;
}

/** RFC 5322 §3.2.1 quoted-pair, resolved in comment contents. */
const QUOTED_PAIR = /\\([\s\S])/g;

/** RFC 5322 §3.2.2 comment from the `(` at `start`, nested comments included, counted not recursed. */
function comment(text: string, start: number, tokens: Tokens): number {
  const n = text.length;
  let depth = 0;
  let problem = TokenProblem.None;
  let at = -1;
  let i = start;
  for (; i < n; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x28) {
      if (++depth > MAX_COMMENT_DEPTH && problem === TokenProblem.None) [problem, at] = [TokenProblem.TooDeep, i];
    } else if (unit === 0x29) {
      if (--depth === 0) break;
    } else if (unit === 0x5c) {
      const next = text.charCodeAt(i + 1);
      if (i + 1 < n && isQuotable(next)) i++;
      else if (problem === TokenProblem.None) [problem, at] = [TokenProblem.BadCharacter, i];
    } else if (foldEnd(text, i) >= 0) i++;
    else if (!(unit >= 0x80 || isWsp(unit) || (unit >= 33 && unit <= 126)) && problem === TokenProblem.None) {
      [problem, at] = [TokenProblem.BadCharacter, i];
    }
  }
  if (i >= n) {
    tokens.push(TokenKind.Comment, start, n, TokenProblem.Unterminated, start, text.slice(start + 1, n));
    return n;
  }
  tokens.push(TokenKind.Comment, start, i + 1, problem, at, text.slice(start + 1, i).replace(QUOTED_PAIR, '$1'));
  return i + 1;
}

/** RFC 5322 §3.4.1 domain-literal from the `[` at `start`: dtext, FWS and UTF8-non-ascii up to `]`. */
function literal(text: string, start: number, tokens: Tokens): number {
  const n = text.length;
  let problem = TokenProblem.None;
  let at = -1;
  let i = start + 1;
  for (; i < n; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x5d) break;
    if (!(unit >= 0x80 || isAsciiDtext(unit) || isWsp(unit)) && problem === TokenProblem.None)
      [problem, at] = [TokenProblem.BadCharacter, i];
  }
  if (i >= n) {
    tokens.push(TokenKind.Literal, start, n, TokenProblem.Unterminated, start);
    return n;
  }
  tokens.push(TokenKind.Literal, start, i + 1, problem, at);
  return i + 1;
}
