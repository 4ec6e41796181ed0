// What changed between two versions of a generated table, in the words of its data: for each exported
// constant, the code points whose value changed (tries of @nomina/ucd/trie and `from value|` pair maps),
// else whether the constant changed. Used by `pnpm gen` after an upgrade.
import { decodeTrie } from '../packages/ucd/src/trie/decode.js';
import { decodePairs } from '../packages/ucd/src/pairs.js';
import { parseTable } from './gen-lib.js';

const CODE_POINTS = 0x110000;

/** `export const NAME … = <initializer>;` of a module: the initializers' source text by name. */
export function exportedConstants(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /^export const (\w+)(?::[^=\n]+)? =\s*([\s\S]*?);$(?=\n(?:\n|export |\/|$)|(?![\s\S]))/gm;
  for (const m of text.matchAll(re)) out.set(m[1]!, m[2]!);
  return out;
}

/** The value of an initializer made of JSON literals joined with `+` (`as const` allowed); else undefined. */
export function literalValue(source: string): unknown {
  const text = source.replace(/\s+as const$/, '').trim();
  try {
    if (/^["']/.test(text)) {
      const parts = text.split(/\s*\+\s*(?=["'])/);
      return parts
        .map((p) => (p.startsWith("'") ? JSON.parse(`"${p.slice(1, -1).replace(/"/g, '\\"')}"`) : JSON.parse(p)))
        .join('');
    }
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function sample(list: number[]): string {
  return list.slice(0, 8).map(hex).join(' ') + (list.length > 8 ? ' …' : '');
}

/** Code points whose value differs between two tries (values resolved through `values` when given). */
function trieDifferences(before: string, after: string, valuesBefore?: unknown[], valuesAfter?: unknown[]): number[] {
  const a = decodeTrie(before);
  const b = decodeTrie(after);
  const out: number[] = [];
  for (let cp = 0; cp < CODE_POINTS; cp++) {
    const x = a.get(cp);
    const y = b.get(cp);
    const same = valuesBefore && valuesAfter ? valuesBefore[x] === valuesAfter[y] : x === y;
    if (!same) out.push(cp);
  }
  return out;
}

function pairDifferences(before: string, after: string): number[] {
  const a = decodePairs(before);
  const b = decodePairs(after);
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort((x, y) => x - y);
}

/** One line per changed constant of a table; [] when only the banner changed. */
export function describeChange(before: string | undefined, after: string): string[] {
  if (before === undefined) return ['new table'];
  const bodyBefore = parseTable(before)?.body ?? before;
  const bodyAfter = parseTable(after)?.body ?? after;
  if (bodyBefore === bodyAfter) return [];
  const a = exportedConstants(bodyBefore);
  const b = exportedConstants(bodyAfter);
  const lines: string[] = [];
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(name);
    const y = b.get(name);
    if (x === y) continue;
    if (x === undefined || y === undefined) {
      lines.push(`${name}: ${x === undefined ? 'added' : 'removed'}`);
      continue;
    }
    const vx = literalValue(x);
    const vy = literalValue(y);
    let cps: number[] | undefined;
    try {
      if (name.endsWith('_TRIE') && typeof vx === 'string' && typeof vy === 'string') {
        const values = name.replace(/_TRIE$/, '_VALUES');
        const va = literalValue(a.get(values) ?? '');
        const vb = literalValue(b.get(values) ?? '');
        cps = trieDifferences(vx, vy, Array.isArray(va) ? va : undefined, Array.isArray(vb) ? vb : undefined);
      } else if (name.endsWith('_PAIRS') && typeof vx === 'string' && typeof vy === 'string') {
        cps = pairDifferences(vx, vy);
      }
    } catch {
      cps = undefined;
    }
    if (cps) lines.push(`${name}: ${cps.length} code points changed${cps.length ? ` (${sample(cps)})` : ''}`);
    else if (typeof vx === 'string' && typeof vy === 'string')
      lines.push(
        `${name}: ${JSON.stringify(vx.slice(0, 40))} → ${JSON.stringify(vy.slice(0, 40))}${vy.length > 40 ? '…' : ''}`,
      );
    else lines.push(`${name}: changed`);
  }
  if (lines.length === 0) lines.push('comments or layout changed');
  return lines;
}
