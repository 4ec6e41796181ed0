// A key for finding duplicate accounts: two addresses with the same key reach the same mailbox under the
// rules a provider is expected to apply. Domains compare in their A-label form (case-insensitive, RFC
// 5321 §2.4); local parts are case-sensitive by the RFC (§2.4) but almost never in practice, so the key
// folds case unless asked not to.
import { result, type Result } from '@nomina/core';
import type { Address } from './address.js';
import type { EmailIssueCode } from './issues.js';
import { resolveAddress, type ParseOptions } from './parse.js';

export interface KeyOptions extends ParseOptions {
  /** Keep the local part's case (RFC 5321 §2.4 allows case-sensitive mailboxes). Default false. */
  caseSensitive?: boolean;
  /** Drop the dots of the local part, as some providers do (`j.doe` = `jdoe`). Default false. */
  ignoreDots?: boolean;
  /** Cut the local part at this separator (sub-addressing, RFC 5233: `"+"` makes `a+news` = `a`). Default none. */
  subaddressSeparator?: string;
}

/**
 * The duplicate-detection key of an address: the local part's content in NFKC, case-folded (Unicode
 * §3.13 compatibility caseless match) unless `caseSensitive`, with the provider options applied, then
 * `@` and the domain's A-label form. A string is parsed first; an invalid address has no key (null).
 */
export function canonicalKey(
  address: Address | string,
  options: KeyOptions = {},
): Result<string | null, EmailIssueCode> {
  const resolved = resolveAddress(address, options, 'canonicalKey');
  if ('failed' in resolved) return resolved.failed;
  const parsed = resolved.address;
  let local = parsed.normalizedLocalPart;
  if (local.startsWith('"')) local = local.slice(1, -1).replace(/\\(.)/gu, '$1');
  if (options.subaddressSeparator) {
    const cut = local.indexOf(options.subaddressSeparator);
    if (cut > 0) local = local.slice(0, cut);
  }
  if (options.ignoreDots) local = local.replaceAll('.', '');
  local = local.normalize('NFKC');
  if (!options.caseSensitive) local = local.toUpperCase().toLowerCase().normalize('NFKC');
  return result(`${local}@${parsed.asciiDomain.toLowerCase()}`);
}
