// RFC 5322 §3.4.1 addr-spec = local-part "@" domain, read from the tokens of tokens.ts:
//
//   local-part = dot-atom / quoted-string / obs-local-part        (obs-local-part = word *("." word), §4.4)
//   domain     = dot-atom / domain-literal / obs-domain           (obs-domain = atom *("." atom), §4.4)
//
// CFWS around the parts belongs to RFC 5322 (message headers), not to RFC 5321 (SMTP): it is accepted
// only when the caller allows comments, and CFWS *inside* a part is the obsolete syntax of §4.4.
// This layer only finds the parts and their text; local-part.ts and domain.ts judge their content.
import { errorIssue } from '@nomina/core';
import { cappedIssues, type IssueSink } from '../issues.js';
import { MAX_REPEATED_ISSUES } from '../limits.js';
import { TokenKind, TokenProblem, type Token, type Tokens } from './tokens.js';

export interface SyntaxOptions {
  /** CFWS (comments, folding white space) around the local part and the domain (RFC 5322 §3.4.1). */
  cfws: boolean;
  /** RFC 5322 §4.4 obsolete forms: CFWS between the words and dots, quoted words mixed with atoms. */
  obsolete: boolean;
}

/** The parts of an addr-spec, with their offsets in the input. */
export interface AddrSpecSyntax {
  /** The local part as written (from its first to its last token, CFWS around it excluded). */
  localWritten: string;
  /** The local part's content: atoms and dots, quoted strings without quotes and with pairs resolved. */
  localContent: string;
  /** The local part is one quoted-string. */
  quoted: boolean;
  localStart: number;
  /**
   * The input offset of each UTF-16 unit of `localContent` (CFWS between words skipped; in a quoted string,
   * the offset after the opening quote plus the index, which a quoted-pair shifts by one).
   */
  localOffsets: number[];
  /** The domain's text: atoms and dots, or the text between `[` and `]`. */
  domainText: string;
  /** The domain is a domain-literal (`[…]`). */
  literal: boolean;
  domainStart: number;
  /** Contents of the comments around and inside the address, in order. */
  comments: string[];
}

/** RFC 5322 §3.2.2 CFWS: folding white space or a comment. */
export const isCfws = (t: Token) => t.kind === TokenKind.Space || t.kind === TokenKind.Comment;

/** Reports an ill-formed token (unterminated, too deep, bad character) in the part named by `where`. */
export function tokenIssue(text: string, t: Token, where: 'local' | 'domain' | 'text', issues: IssueSink): void {
  if (t.problem === TokenProblem.None) return;
  const what =
    t.kind === TokenKind.Quoted
      ? 'quoted string'
      : t.kind === TokenKind.Comment
        ? 'comment'
        : t.kind === TokenKind.Literal
          ? 'domain literal'
          : 'text';
  if (t.problem === TokenProblem.Unterminated) {
    const code =
      t.kind === TokenKind.Quoted
        ? 'LOCAL_PART_QUOTE_UNTERMINATED'
        : t.kind === TokenKind.Comment
          ? 'COMMENT_UNTERMINATED'
          : 'DOMAIN_LITERAL_UNTERMINATED';
    issues.push(errorIssue(code, `the ${what} opened here is never closed (RFC 5322 §3.2)`, -1, t.start));
  } else if (t.problem === TokenProblem.TooDeep) {
    issues.push(errorIssue('COMMENT_TOO_DEEP', 'comments are nested too deeply (MAX_COMMENT_DEPTH)', -1, t.at));
  } else {
    const code = where === 'domain' ? 'DOMAIN_INVALID_CHARACTER' : 'LOCAL_PART_INVALID_CHARACTER';
    issues.push(
      errorIssue(
        code,
        `a character that a ${what} cannot hold (RFC 5322 §3.2)`,
        -1,
        t.at,
        text.codePointAt(t.at) ?? -1,
      ),
    );
  }
}

/** Trims CFWS tokens off both ends of [from, to); reports them when not allowed; collects comments. */
function trimCfws(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  options: SyntaxOptions,
  comments: string[],
  issues: IssueSink,
): [number, number] {
  let a = from;
  let b = to;
  const take = (t: Token) => {
    if (t.kind === TokenKind.Comment) {
      comments.push(t.value);
      tokenIssue(text, t, 'text', issues);
    }
    if (!options.cfws)
      issues.push(
        errorIssue(
          'CFWS_NOT_ALLOWED',
          t.kind === TokenKind.Comment
            ? 'a comment, allowed only in message headers (RFC 5322 §3.2.2)'
            : 'white space around the address',
          -1,
          t.start,
        ),
      );
  };
  while (a < b && isCfws(tokens.get(a))) take(tokens.get(a++));
  const tail: Token[] = [];
  while (b > a && isCfws(tokens.get(b - 1))) tail.push(tokens.get(--b));
  for (let i = tail.length - 1; i >= 0; i--) take(tail[i]!);
  return [a, b];
}

/** The addr-spec in tokens [from, to); `undefined` when it has no `@` (MISSING_AT) or no parts. */
export function readAddrSpec(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  options: SyntaxOptions,
  all: IssueSink,
): AddrSpecSyntax | undefined {
  const issues = cappedIssues(all, MAX_REPEATED_ISSUES);
  const spec = readParts(text, tokens, from, to, options, issues);
  issues.flush(from < tokens.count ? tokens.start(from) : text.length);
  return spec;
}

function readParts(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  options: SyntaxOptions,
  issues: IssueSink,
): AddrSpecSyntax | undefined {
  const comments: string[] = [];
  // RFC 5322 §3.4.1: the "@" that separates is the last one outside quoted strings, comments and literals
  // (a domain cannot hold "@"; an unquoted local part cannot either, and is reported below).
  let at = -1;
  for (let i = to - 1; i >= from; i--) {
    if (tokens.get(i).kind === TokenKind.At) {
      at = i;
      break;
    }
  }
  if (at < 0) {
    for (let i = from; i < to; i++) tokenIssue(text, tokens.get(i), 'local', issues);
    let empty = true;
    for (let i = from; i < to && empty; i++) empty = isCfws(tokens.get(i));
    issues.push(
      empty
        ? errorIssue('EMPTY', 'no address', -1, from < tokens.count ? tokens.get(from).start : text.length)
        : errorIssue(
            'MISSING_AT',
            'an address is local-part "@" domain (RFC 5322 §3.4.1); there is no "@"',
            -1,
            to > from ? tokens.get(to - 1).end : text.length,
          ),
    );
    return undefined;
  }
  // Local part.
  const [la, lb] = trimCfws(text, tokens, from, at, options, comments, issues);
  let localContent = '';
  const localOffsets: number[] = [];
  /** Appends `value`, written from input offset `from` (no further than `last`), to the content. */
  const append = (value: string, from: number, last: number) => {
    localContent += value;
    for (let j = 0; j < value.length; j++) localOffsets.push(Math.min(from + j, last));
  };
  let words = 0;
  let quotedWords = 0;
  let inner = false;
  let afterWord = false;
  let adjacent = false;
  /** obs-local-part = word *("." word): two words need a dot between them, CFWS or not. */
  const word = (t: Token) => {
    if (afterWord) adjacent = true;
    if (afterWord)
      issues.push(
        errorIssue(
          'LOCAL_PART_INVALID_CHARACTER',
          'white space or a comment cannot separate the words of a local part (RFC 5322 §3.4.1)',
          -1,
          t.start,
        ),
      );
    afterWord = true;
  };
  for (let i = la; i < lb; i++) {
    const t = tokens.get(i);
    switch (t.kind) {
      case TokenKind.Atom:
        word(t);
        append(t.value, t.start, t.end - 1);
        words++;
        break;
      case TokenKind.Dot:
        append(t.value, t.start, t.end - 1);
        afterWord = false;
        break;
      case TokenKind.Quoted:
        word(t);
        tokenIssue(text, t, 'local', issues);
        append(t.value, t.start + 1, Math.max(t.start + 1, t.end - 2));
        words++;
        quotedWords++;
        break;
      case TokenKind.Space:
      case TokenKind.Comment:
        if (t.kind === TokenKind.Comment) comments.push(t.value);
        inner = true;
        break;
      default:
        // A character atext does not hold: the local part's character check reports it, with its offset.
        afterWord = false;
        if (t.kind === TokenKind.Literal) append(`[${t.value}]`, t.start, t.end - 1);
        else append(t.value, t.start, t.end - 1);
    }
  }
  const quoted = quotedWords === 1 && words === 1 && lb - la === 1;
  if ((inner || (quotedWords > 0 && !quoted)) && !options.obsolete && !adjacent) {
    issues.push(
      errorIssue(
        'OBSOLETE_SYNTAX',
        'white space, comments or quoted words inside a local part are the obsolete syntax of RFC 5322 §4.4',
        -1,
        tokens.get(la).start,
      ),
    );
  }
  // Domain.
  const [da, db] = trimCfws(text, tokens, at + 1, to, options, comments, issues);
  let domainText = '';
  let literal = false;
  let innerDomain = false;
  let afterAtom = false;
  for (let i = da; i < db; i++) {
    const t = tokens.get(i);
    if (t.kind === TokenKind.Atom || t.kind === TokenKind.Dot) {
      // obs-domain = atom *("." atom): two atoms need a dot between them.
      if (t.kind === TokenKind.Atom && afterAtom)
        issues.push(
          errorIssue(
            'DOMAIN_INVALID_CHARACTER',
            'white space or a comment cannot separate the labels of a domain (RFC 5322 §3.4.1)',
            -1,
            t.start,
          ),
        );
      afterAtom = t.kind === TokenKind.Atom;
      domainText += t.value;
    } else if (t.kind === TokenKind.Literal && db - da === 1) {
      tokenIssue(text, t, 'domain', issues);
      domainText = t.value;
      literal = true;
    } else if (t.kind === TokenKind.Space || t.kind === TokenKind.Comment) {
      if (t.kind === TokenKind.Comment) comments.push(t.value);
      innerDomain = true;
    } else {
      issues.push(
        errorIssue(
          'DOMAIN_INVALID_CHARACTER',
          `${JSON.stringify(t.value.slice(0, 1))} cannot stand in a domain (RFC 5322 §3.4.1)`,
          -1,
          t.start,
          t.value.codePointAt(0) ?? -1,
        ),
      );
      domainText += t.value;
    }
  }
  if (innerDomain && !options.obsolete) {
    issues.push(
      errorIssue(
        'OBSOLETE_SYNTAX',
        'white space or comments inside a domain are the obsolete syntax of RFC 5322 §4.4',
        -1,
        tokens.get(da).start,
      ),
    );
  }
  const localStart = la < lb ? tokens.get(la).start : tokens.get(at).start;
  return {
    localWritten: text.slice(localStart, la < lb ? tokens.get(lb - 1).end : localStart),
    localContent,
    quoted,
    localStart,
    localOffsets,
    domainText,
    literal,
    domainStart: da < db ? tokens.get(da).start + (literal ? 1 : 0) : tokens.get(at).end,
    comments,
  };
}
