// parseAddress (one address) and parseAddressList (an RFC 5322 §3.4 address-list: the body of a To:,
// Cc: or From: field, with display names, comments and groups).
//
//   address-list = (address *("," address)) / obs-addr-list        RFC 5322 §3.4, §4.4
//   address      = mailbox / group
//   mailbox      = name-addr / addr-spec
//   name-addr    = [display-name] angle-addr ; angle-addr = [CFWS] "<" addr-spec ">" [CFWS]
//   group        = display-name ":" [group-list] ";" [CFWS]
//   display-name = phrase = 1*word / obs-phrase (words, dots and CFWS)
import {
  errorIssue,
  hasErrors,
  loneSurrogateOffset,
  requireOption,
  requireString,
  result,
  type Result,
} from '@nomina/core';
import type { Address } from './address.js';
import { buildAddress, type Context } from './build.js';
import type { EmailIssue, EmailIssueCode } from './issues.js';
import { MAX_HEADER_LENGTH, MAX_INPUT_LENGTH, MAX_LIST_ADDRESSES } from './limits.js';
import { html, LIGHT_PROFILE_NAMES, strict, type Profile } from './profile.js';
import { isCfws, readAddrSpec, tokenIssue, type SyntaxOptions } from './syntax/addr-spec.js';
import { tokenize, TokenKind, type Tokens } from './syntax/tokens.js';

export interface ParseOptions {
  /**
   * `'strict'` (default), `'html'`, or a profile object (`strict`, `html`, `registration`, or
   * `profileNamed(name)` for a name given by a user).
   */
  profile?: 'strict' | 'html' | Profile;
  /** Accept a quoted-string local part (default: the profile's rule). */
  allowQuotedLocalPart?: boolean;
  /** Accept an address literal such as `[192.0.2.1]` (default: the profile's rule). */
  allowDomainLiteral?: boolean;
  /** Accept an RFC 5322 name-addr: `Name <local@domain>` (default false; parseAddressList: always). */
  allowDisplayName?: boolean;
  /** Accept comments and white space around the parts (RFC 5322 CFWS; default false; parseAddressList: always). */
  allowComments?: boolean;
  /** Accept the obsolete syntax of RFC 5322 §4.4 (default false; parseAddressList: true, as §4 requires of readers). */
  allowObsolete?: boolean;
}

/**
 * What parseAddress returns: `value` is the address when no error was found (else null), `issues` every
 * problem. `address` is the same as `value`, under the name the e-mail world uses.
 */
export class AddressResult implements Result<Address | null, EmailIssueCode> {
  readonly ok: boolean;
  readonly value: Address | null;
  readonly issues: readonly EmailIssue[];
  constructor(value: Address | undefined, issues: EmailIssue[]) {
    this.issues = sortIssues(issues);
    this.ok = value !== undefined && !hasErrors(issues);
    this.value = this.ok ? value! : null;
  }
  /** The parsed address (the same as `value`). */
  get address(): Address | null {
    return this.value;
  }
}

/** Issues in input order (stable; whole-input issues, offset -1, last). */
function sortIssues(issues: EmailIssue[]): EmailIssue[] {
  const key = (i: EmailIssue) => (i.offset < 0 ? Number.MAX_SAFE_INTEGER : i.offset);
  return issues
    .map((i, n) => [i, n] as const)
    .sort((a, b) => key(a[0]) - key(b[0]) || a[1] - b[1])
    .map(([i]) => i);
}

export function resolveProfile(profile: ParseOptions['profile']): Profile {
  if (profile === undefined) return strict;
  if (typeof profile === 'string') {
    if ((profile as string) === 'registration')
      throw new RangeError(
        "profile 'registration' is an object: import { registration } (or profileNamed) from '@nomina/email' and pass it",
      );
    requireOption(profile, LIGHT_PROFILE_NAMES, 'profile');
    return profile === 'html' ? html : strict;
  }
  if (typeof profile !== 'object' || profile === null || typeof profile.name !== 'string')
    throw new TypeError('profile must be a profile name or object');
  return profile;
}

function contextOf(options: ParseOptions): Context {
  const profile = resolveProfile(options.profile);
  return {
    profile,
    quotedAllowed: options.allowQuotedLocalPart ?? profile.quotedLocalPart,
    literalAllowed: options.allowDomainLiteral ?? profile.domainLiteral,
  };
}

/** Up-front checks every entry point makes: the length limit, then well-formed UTF-16. */
function precheck(input: string, limit: number, name: string, issues: EmailIssue[]): boolean {
  if (input.length > limit) {
    issues.push(
      errorIssue(
        'INPUT_TOO_LONG',
        `the ${name} has ${input.length} UTF-16 units; the limit is ${limit} (nothing else was checked)`,
      ),
    );
    return false;
  }
  const lone = loneSurrogateOffset(input);
  if (lone >= 0)
    issues.push(
      errorIssue(
        'LONE_SURROGATE',
        'a lone surrogate: ill-formed UTF-16 has no UTF-8 form (RFC 6532 §3.1)',
        -1,
        lone,
        input.charCodeAt(lone),
      ),
    );
  return true;
}

/** RFC 5322 §3.2.5 phrase (obs-phrase admits dots, §4.4): the display name, words joined by one space. */
function readPhrase(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  syntax: SyntaxOptions,
  comments: string[],
  issues: EmailIssue[],
): string {
  const words: string[] = [];
  let space = false;
  for (let i = from; i < to; i++) {
    const t = tokens.get(i);
    if (t.kind === TokenKind.Atom || t.kind === TokenKind.Quoted || t.kind === TokenKind.Dot) {
      if (t.kind === TokenKind.Quoted) tokenIssue(text, t, 'text', issues);
      if (t.kind === TokenKind.Dot && !syntax.obsolete)
        issues.push(
          errorIssue(
            'OBSOLETE_SYNTAX',
            'a dot in a display name is the obsolete syntax of RFC 5322 §4.4 (quote the name)',
            -1,
            t.start,
          ),
        );
      if (space && words.length > 0) words.push(' ');
      words.push(t.value);
      space = false;
    } else if (isCfws(t)) {
      if (t.kind === TokenKind.Comment) {
        comments.push(t.value);
        tokenIssue(text, t, 'text', issues);
      }
      space = true;
    } else
      issues.push(
        errorIssue(
          'DISPLAY_NAME_INVALID_CHARACTER',
          `${JSON.stringify(t.value.slice(0, 1))} cannot stand unquoted in a display name (RFC 5322 §3.2.5)`,
          -1,
          t.start,
        ),
      );
  }
  return words.join('');
}

/** RFC 5322 §3.4 mailbox in tokens[from, to): name-addr when it holds "<", else addr-spec. */
function readMailbox(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  context: Context,
  syntax: SyntaxOptions,
  displayNames: boolean,
  issues: EmailIssue[],
): Address | undefined {
  let open = -1;
  for (let i = from; i < to; i++)
    if (tokens.isSpecial(i, '<')) {
      open = i;
      break;
    }
  if (open < 0) return addrSpec(text, tokens, from, to, null, context, syntax, issues);
  if (!displayNames)
    issues.push(
      errorIssue(
        'DISPLAY_NAME_NOT_ALLOWED',
        'a display name or angle brackets (RFC 5322 name-addr) need allowDisplayName',
        -1,
        tokens.get(open).start,
      ),
    );
  let close = -1;
  for (let i = to - 1; i > open; i--)
    if (tokens.isSpecial(i, '>')) {
      close = i;
      break;
    }
  if (close < 0) {
    issues.push(
      errorIssue(
        'ANGLE_UNTERMINATED',
        'the "<" of this address is never closed (RFC 5322 §3.4 angle-addr)',
        -1,
        tokens.get(open).start,
      ),
    );
    return undefined;
  }
  const comments: string[] = [];
  const name = readPhrase(text, tokens, from, open, syntax, comments, issues);
  for (let i = close + 1; i < to; i++) {
    const t = tokens.get(i);
    if (t.kind === TokenKind.Comment) comments.push(t.value);
    else if (!isCfws(t))
      issues.push(errorIssue('TRAILING_TEXT', 'text after the ">" of the address (RFC 5322 §3.4)', -1, t.start));
  }
  const address = addrSpec(text, tokens, open + 1, close, name === '' ? null : name, context, syntax, issues);
  return address && comments.length > 0 ? { ...address, comments: [...comments, ...address.comments] } : address;
}

function addrSpec(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
  displayName: string | null,
  context: Context,
  syntax: SyntaxOptions,
  issues: EmailIssue[],
): Address | undefined {
  const spec = readAddrSpec(text, tokens, from, to, syntax, issues);
  return spec && buildAddress(spec, displayName, context, issues);
}

/**
 * Parses and validates one e-mail address under a profile (RFC 5321 §4.1.2 Mailbox with RFC 6531 by
 * default). Never throws for bad input: every problem is an issue with the rule it breaks.
 */
export function parseAddress(input: string, options: ParseOptions = {}): AddressResult {
  requireString(input, 'input');
  const context = contextOf(options);
  const issues: EmailIssue[] = [];
  if (!precheck(input, MAX_INPUT_LENGTH, 'address', issues)) return new AddressResult(undefined, issues);
  const tokens = tokenize(input);
  const syntax = { cfws: options.allowComments ?? false, obsolete: options.allowObsolete ?? false };
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.isSpecial(i, ':') || tokens.isSpecial(i, ';')) {
      issues.push(
        errorIssue(
          'GROUP_NOT_ALLOWED',
          'a group (RFC 5322 §3.4 "name: members;") is a list: use parseAddressList',
          -1,
          tokens.start(i),
        ),
      );
      return new AddressResult(undefined, issues);
    }
  }
  return new AddressResult(
    readMailbox(input, tokens, 0, tokens.count, context, syntax, options.allowDisplayName ?? false, issues),
    issues,
  );
}

/** One mailbox of an address list. */
export interface ListMailbox {
  /** The address, or null when it has an error (see `issues`). */
  readonly address: Address | null;
  /** The group it belongs to (RFC 5322 §3.4 group display-name), or null. */
  readonly group: string | null;
  readonly ok: boolean;
  /** This mailbox's issues (the list's `issues` hold them too). */
  readonly issues: readonly EmailIssue[];
  /** Its text in the header, trimmed of white space. */
  readonly text: string;
}

/** What parseAddressList returns: every mailbox, in order, group members included. */
export interface AddressListResult extends Result<ListMailbox[], EmailIssueCode> {
  /** The groups (RFC 5322 §3.4), members included, `undisclosed-recipients:;` with none. */
  readonly groups: readonly { name: string; members: number }[];
}

/**
 * Parses an RFC 5322 §3.4 address-list (the body of To:, Cc:, From:…): mailboxes, display names,
 * comments, groups, and (as §4 requires of readers) the obsolete forms. Each mailbox is validated under
 * the profile; `issues` carries every problem, with `label` = the mailbox's index in `value`.
 */
export function parseAddressList(header: string, options: ParseOptions = {}): AddressListResult {
  requireString(header, 'header');
  const context = contextOf(options);
  const issues: EmailIssue[] = [];
  const mailboxes: ListMailbox[] = [];
  const groups: { name: string; members: number }[] = [];
  if (!precheck(header, MAX_HEADER_LENGTH, 'header', issues)) return { ok: false, value: [], issues, groups };
  const syntax = { cfws: true, obsolete: options.allowObsolete ?? true };
  const tokens = tokenize(header);
  let group: string | null = null;
  let angle = false;
  let start = 0;
  let afterGroup = false;
  /** The member in tokens[start, end); a blank one is obsolete (§4.4) unless it closes a group or the list. */
  const member = (end: number, blankOk: boolean) => {
    const own: EmailIssue[] = [];
    let blank = true;
    for (let i = start; i < end && blank; i++) blank = isCfws(tokens.get(i));
    if (blank) {
      if (!syntax.obsolete && !blankOk)
        issues.push(
          errorIssue(
            'LIST_EMPTY_MEMBER',
            'an empty member of the list is the obsolete syntax of RFC 5322 §4.4',
            -1,
            start < tokens.count ? tokens.get(start).start : header.length,
          ),
        );
      return;
    }
    if (mailboxes.length >= MAX_LIST_ADDRESSES) {
      if (mailboxes.length === MAX_LIST_ADDRESSES)
        issues.push(
          errorIssue(
            'TOO_MANY_ADDRESSES',
            `more than ${MAX_LIST_ADDRESSES} addresses; the rest is not read`,
            -1,
            tokens.get(start).start,
          ),
        );
      return;
    }
    const address = readMailbox(header, tokens, start, end, context, syntax, true, own);
    const label = mailboxes.length;
    const labelled = sortIssues(own).map((i) => ({ ...i, label }));
    const ok = address !== undefined && !hasErrors(own);
    mailboxes.push({
      address: ok ? address : null,
      group,
      ok,
      issues: labelled,
      text: header.slice(tokens.get(start).start, tokens.get(end - 1).end).trim(),
    });
    issues.push(...labelled);
    if (group !== null) groups[groups.length - 1]!.members++;
  };
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind(i) !== TokenKind.Special) continue;
    if (tokens.isSpecial(i, '<')) angle = true;
    else if (tokens.isSpecial(i, '>')) angle = false;
    else if (angle) continue;
    else if (tokens.isSpecial(i, ',')) {
      member(i, false);
      afterGroup = false;
      start = i + 1;
    } else if (tokens.isSpecial(i, ':') && group === null) {
      // RFC 5322 §3.4 group = display-name ":" [group-list] ";" [CFWS]
      const comments: string[] = [];
      group = readPhrase(header, tokens, start, i, syntax, comments, issues);
      groups.push({ name: group, members: 0 });
      start = i + 1;
    } else if (tokens.isSpecial(i, ';') && group !== null) {
      member(i, groups[groups.length - 1]!.members === 0);
      group = null;
      afterGroup = true;
      start = i + 1;
    }
  }
  if (group !== null)
    issues.push(
      errorIssue(
        'GROUP_UNTERMINATED',
        `the group ${JSON.stringify(group)} has no closing ";" (RFC 5322 §3.4)`,
        -1,
        header.length,
      ),
    );
  member(tokens.count, afterGroup || mailboxes.length === 0);
  if (mailboxes.length === 0 && groups.length === 0 && !issues.some((i) => i.code === 'LIST_EMPTY_MEMBER')) {
    issues.push(errorIssue('EMPTY', 'no address in the list (RFC 5322 §3.4 address-list)', -1, 0));
  }
  const sorted = sortIssues(issues);
  return { ok: !hasErrors(sorted), value: mailboxes, issues: sorted, groups };
}

/**
 * `address` itself, or the address a string parses to under `options`; when the string is not a valid
 * address, the failed result to hand back. Anything else is a programmer error of `caller`.
 */
export function resolveAddress(
  address: Address | string,
  options: ParseOptions,
  caller: string,
): { address: Address } | { failed: Result<null, EmailIssueCode> } {
  if (typeof address === 'string') {
    const r = parseAddress(address, options);
    return r.value ? { address: r.value } : { failed: result(null, r.issues) };
  }
  if (typeof address === 'object' && address !== null && typeof address.normalizedLocalPart === 'string')
    return { address };
  throw new TypeError(`${caller} expects an Address or a string`);
}
