// Writing an address back: the normalized form, the ASCII form for MTAs without SMTPUTF8, and the
// name-addr form for a header.
import { errorIssue, result, type Result } from '@nomina/core';
import type { Address } from './address.js';
import type { EmailIssue, EmailIssueCode } from './issues.js';
import { resolveAddress, type ParseOptions } from './parse.js';
import { isDotAtomText } from './syntax/chars.js';

export interface FormatOptions extends ParseOptions {
  /** The ASCII form (A-label domain), for an MTA without SMTPUTF8 (RFC 6531 §3.3). Default false. */
  ascii?: boolean;
  /** With the display name, as an RFC 5322 name-addr: `Name <local@domain>`. Default false. */
  displayName?: boolean;
}

/** RFC 5322 §3.2.5 phrase: the words as atoms when they are, else one quoted-string. */
function phrase(name: string): string {
  return name.split(' ').every((w) => isDotAtomText(w, true) && !w.includes('.'))
    ? name
    : `"${name.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * The address as text: normalized (default) or in ASCII. A string is parsed first (with `options`).
 * When the local part is not ASCII no ASCII form exists: `value` is null with `SMTPUTF8_REQUIRED`.
 */
export function formatAddress(
  address: Address | string,
  options: FormatOptions = {},
): Result<string | null, EmailIssueCode> {
  const resolved = resolveAddress(address, options, 'formatAddress');
  if ('failed' in resolved) return resolved.failed;
  const parsed = resolved.address;
  let text: string;
  if (options.ascii) {
    if (parsed.ascii === null) {
      const issue: EmailIssue = errorIssue(
        'SMTPUTF8_REQUIRED',
        `the local part ${JSON.stringify(parsed.normalizedLocalPart)} is not ASCII: the address has no ASCII form and needs SMTPUTF8 (RFC 6531 §3.3)`,
      );
      return result(null, [issue]);
    }
    text = parsed.ascii;
  } else text = parsed.normalized;
  if (options.displayName && parsed.displayName !== null) text = `${phrase(parsed.displayName)} <${text}>`;
  return result(text);
}
