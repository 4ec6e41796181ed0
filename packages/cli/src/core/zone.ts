// The owner names of a DNS zone file (RFC 1035 §5 master files), for `nomina check --zone`.
//
// | RFC 1035 §5.1 (and later) rule | here |
// |---|---|
// | `<domain-name><rr>`: an entry starting in column 1 names its owner | the owner is read and made absolute |
// | `<blank><rr>`: a blank first column repeats the previous owner | no new owner |
// | `@` denotes the current origin | the origin |
// | a name without a final `.` is relative to the origin | `name.origin` (as it is when no origin is known) |
// | `$ORIGIN <domain-name>` | sets the origin (a relative one is relative to the current origin) |
// | `$INCLUDE <file> [<origin>]` | not followed (ZONE_INCLUDE: check that file with its own --zone) |
// | `$TTL` (RFC 2308 §4), `$GENERATE` (BIND) | ignored; $GENERATE is reported (ZONE_GENERATE) |
// | `( … )` continue an entry over lines | followed, at most MAX_RECORD_LENGTH (ZONE_ENTRY_TOO_LONG) |
// | `;` starts a comment, `"…"` quotes, `\X` and `\DDD` escape | followed; `\DDD` are UTF-8 bytes |
// Owner names that are not host names are passed over: a wildcard (`*` label, RFC 4592) or an underscored
// node name (`_dmarc`, RFC 8552).
import { MAX_RECORD_LENGTH } from '../limits.js';
import type { InputLine, LineProblem } from './lines.js';

/** Why part of a zone file could not be read. */
export type ZoneProblem =
  | 'ZONE_BAD_QUOTE'
  | 'ZONE_BAD_PARENTHESES'
  | 'ZONE_BAD_ESCAPE'
  | 'ZONE_ENTRY_TOO_LONG'
  | 'ZONE_INCLUDE'
  | 'ZONE_GENERATE'
  | 'ZONE_BAD_DIRECTIVE';

export const ZONE_MESSAGES: Record<ZoneProblem, string> = {
  ZONE_BAD_QUOTE: 'a quoted string is not closed on its line (RFC 1035 §5.1)',
  ZONE_BAD_PARENTHESES: 'a ")" without its "(" (RFC 1035 §5.1)',
  ZONE_BAD_ESCAPE: 'a \\DDD escape is above 255 or the escaped bytes are not UTF-8 (RFC 1035 §5.1)',
  ZONE_ENTRY_TOO_LONG: 'an entry in parentheses runs longer than the reader accepts; reading goes on at the next line',
  ZONE_INCLUDE: '$INCLUDE is not followed: check the included file with its own --zone (RFC 1035 §5.1)',
  ZONE_GENERATE: '$GENERATE (BIND) is not expanded: its names are not checked',
  ZONE_BAD_DIRECTIVE: 'an unknown $ directive, or $ORIGIN without a name (RFC 1035 §5.1)',
};

/** An owner name (absolute, without the final dot), a name passed over, or a problem, with its line. */
export type ZoneEvent =
  | { kind: 'owner'; lineNumber: number; name: string }
  | { kind: 'skipped'; lineNumber: number; name: string }
  | { kind: 'problem'; lineNumber: number; code: ZoneProblem | LineProblem; text: string };

const SPACE = 0x20;
const TAB = 0x09;
const isBlank = (unit: number) => unit === SPACE || unit === TAB;

/**
 * Reads a zone file line by line: `push` each line, get back the events it makes. Constant memory (the
 * origin, the parenthesis depth and the size of the current entry). The caller removes duplicate owners.
 */
export class ZoneReader {
  private origin: string | undefined;
  private depth = 0;
  private entryLength = 0;

  /** ORIGIN: the origin before any `$ORIGIN` (`--origin`), absolute, with or without its final dot. */
  constructor(origin?: string) {
    if (origin !== undefined) this.origin = stripDot(origin);
  }

  push(line: InputLine): ZoneEvent[] {
    const { lineNumber, text } = line;
    if (line.problem) return [{ kind: 'problem', lineNumber, code: line.problem, text: '' }];
    const events: ZoneEvent[] = [];
    const problem = (code: ZoneProblem) => events.push({ kind: 'problem', lineNumber, code, text });
    if (this.depth > 0) {
      // Inside parentheses: the line goes on the entry above; only its parentheses matter.
      this.entryLength += text.length + 1;
      if (this.entryLength > MAX_RECORD_LENGTH) {
        this.depth = 0;
        problem('ZONE_ENTRY_TOO_LONG');
        return events;
      }
      this.scan(text, 0, problem);
      return events;
    }
    this.entryLength = text.length + 1;
    if (text === '' || isBlank(text.charCodeAt(0))) {
      this.scan(text, 0, problem); // the previous owner again (or a blank line)
      return events;
    }
    if (text.charCodeAt(0) === 0x3b) return events; // a comment line
    const { token, end } = firstToken(text);
    if (token.startsWith('$')) {
      this.directive(token, text.slice(end), problem);
      return events;
    }
    const name = this.ownerName(token);
    if (name === undefined) problem('ZONE_BAD_ESCAPE');
    else if (name !== '') {
      const labels = name.split('.');
      const hostName = labels[0] !== '*' && !labels.some((label) => label.startsWith('_'));
      events.push({ kind: hostName ? 'owner' : 'skipped', lineNumber, name });
    }
    this.scan(text, end, problem);
    return events;
  }

  /** Problems at the end of the input: an entry whose parenthesis never closed. */
  end(lineNumber: number): ZoneEvent[] {
    if (this.depth === 0) return [];
    this.depth = 0;
    return [{ kind: 'problem', lineNumber, code: 'ZONE_BAD_PARENTHESES', text: '' }];
  }

  private directive(token: string, rest: string, problem: (code: ZoneProblem) => void): void {
    const keyword = token.toUpperCase();
    if (keyword === '$ORIGIN') {
      const { token: value } = firstToken(rest.replace(/^[ \t]+/, ''));
      const name = value === '' || value.startsWith(';') ? undefined : this.ownerName(value);
      if (name === undefined) problem(value === '' ? 'ZONE_BAD_DIRECTIVE' : 'ZONE_BAD_ESCAPE');
      else this.origin = name;
    } else if (keyword === '$INCLUDE') problem('ZONE_INCLUDE');
    else if (keyword === '$GENERATE') problem('ZONE_GENERATE');
    else if (keyword !== '$TTL') problem('ZONE_BAD_DIRECTIVE');
  }

  /** The absolute name of an owner field, without its final dot; undefined for a bad escape. */
  private ownerName(field: string): string | undefined {
    if (field === '@') return this.origin ?? '';
    const decoded = unescapeName(field);
    if (decoded === undefined) return undefined;
    if (decoded.absolute || this.origin === undefined) return decoded.name;
    if (this.origin === '') return decoded.name;
    return `${decoded.name}.${this.origin}`;
  }

  /** Follows quotes, escapes, comments and parentheses from FROM to the end of the line. */
  private scan(text: string, from: number, problem: (code: ZoneProblem) => void): void {
    let quoted = false;
    for (let i = from; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit === 0x5c)
        i++; // `\X` or the first digit of `\DDD`: never a delimiter
      else if (unit === 0x22) quoted = !quoted;
      else if (quoted) continue;
      else if (unit === 0x3b) break;
      else if (unit === 0x28) this.depth++;
      else if (unit === 0x29) {
        if (this.depth === 0) problem('ZONE_BAD_PARENTHESES');
        else this.depth--;
      }
    }
    if (quoted) problem('ZONE_BAD_QUOTE');
  }
}

/** The first field of a line (up to a blank, a comment or a parenthesis; escapes kept) and where it ends. */
function firstToken(text: string): { token: string; end: number } {
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit === 0x5c) {
      i += 2;
      continue;
    }
    if (isBlank(unit) || unit === 0x3b || unit === 0x28 || unit === 0x29) break;
    i++;
  }
  const end = Math.min(i, text.length);
  return { token: text.slice(0, end), end };
}

function stripDot(name: string): string {
  return name.endsWith('.') && !name.endsWith('\\.') ? name.slice(0, -1) : name;
}

/**
 * A name field with its RFC 1035 §5.1 escapes resolved: `\DDD` is a byte (the bytes are read as UTF-8),
 * `\X` is X. An escaped dot stays `\.` (a dot inside a label, which the checks then refuse). `absolute`
 * when the name ends with an unescaped dot.
 */
export function unescapeName(field: string): { name: string; absolute: boolean } | undefined {
  const absolute = field.endsWith('.') && (field.length === 1 || !endsWithEscape(field));
  const body = absolute ? field.slice(0, -1) : field;
  if (!body.includes('\\')) return { name: body, absolute };
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < body.length; i++) {
    const unit = body.charCodeAt(i);
    if (unit === 0x5c && i + 1 < body.length) {
      const digits = /^\d{3}/.exec(body.slice(i + 1, i + 4));
      if (digits) {
        const value = Number(digits[0]);
        if (value > 255) return undefined;
        bytes.push(value);
        i += 3;
      } else if (body[i + 1] === '.') {
        bytes.push(0x5c, 0x2e);
        i++;
      } else {
        const cp = body.codePointAt(i + 1)!;
        bytes.push(...encoder.encode(String.fromCodePoint(cp)));
        i += cp > 0xffff ? 2 : 1;
      }
    } else {
      const cp = body.codePointAt(i)!;
      bytes.push(...encoder.encode(String.fromCodePoint(cp)));
      if (cp > 0xffff) i++;
    }
  }
  try {
    return { name: new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes)), absolute };
  } catch {
    return undefined;
  }
}

/** True when the final character of FIELD is escaped (an odd run of backslashes before it). */
function endsWithEscape(field: string): boolean {
  let slashes = 0;
  for (let i = field.length - 2; i >= 0 && field.charCodeAt(i) === 0x5c; i--) slashes++;
  return slashes % 2 === 1;
}
