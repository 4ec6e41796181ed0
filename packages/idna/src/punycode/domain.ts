// Domain-level Punycode helpers: each label converted on its own, no UTS #46 mapping or validation
// (use `toASCII` / `toUnicode` for that). Labels are separated by U+002E FULL STOP only.
import { errorIssue, isAscii } from '@nomina/core';
import { MAX_INPUT_LENGTH } from '../limits.js';
import { decode, encode, punycodeResult, type PunycodeIssue, type PunycodeResult } from './rfc3492.js';

/** RFC 5890 §2.3.2.1: the ACE prefix of an A-label. */
export const ACE_PREFIX = 'xn--';

/** @deprecated Use `PunycodeIssue`: a domain-level issue names its label (0-based) in `label`. */
export type PunycodeDomainError = PunycodeIssue;

/** Same shape as `PunycodeResult`; the issue's `label` is the label's index (-1 for the whole domain). */
export type PunycodeDomainResult = PunycodeResult;

function tooLong(): PunycodeDomainResult {
  return punycodeResult(errorIssue('PUNYCODE_TOO_LONG', `domain longer than ${MAX_INPUT_LENGTH} UTF-16 code units`));
}

function hasAcePrefix(label: string): boolean {
  return label.length >= 4 && label.slice(0, 4).toLowerCase() === ACE_PREFIX;
}

/** Every non-ASCII label of DOMAIN as `xn--` + Punycode; ASCII labels are kept as they are. */
export function encodeDomain(domain: string): PunycodeDomainResult {
  if (typeof domain !== 'string') throw new TypeError('encodeDomain expects a string');
  if (domain.length > MAX_INPUT_LENGTH) return tooLong();
  const labels = domain.split('.');
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index]!;
    if (isAscii(label)) continue;
    const result = encode(label);
    if (!result.ok) return punycodeResult({ ...result.error, label: index });
    labels[index] = ACE_PREFIX + result.value;
  }
  return punycodeResult(labels.join('.'));
}

/** Every label of DOMAIN that starts with `xn--` (any case) decoded; other labels are kept as they are. */
export function decodeDomain(domain: string): PunycodeDomainResult {
  if (typeof domain !== 'string') throw new TypeError('decodeDomain expects a string');
  if (domain.length > MAX_INPUT_LENGTH) return tooLong();
  const labels = domain.split('.');
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index]!;
    if (!hasAcePrefix(label)) continue;
    const result = decode(label.slice(4));
    if (!result.ok) {
      const offset = result.error.offset < 0 ? -1 : result.error.offset + 4;
      return punycodeResult({ ...result.error, offset, label: index });
    }
    labels[index] = result.value;
  }
  return punycodeResult(labels.join('.'));
}
