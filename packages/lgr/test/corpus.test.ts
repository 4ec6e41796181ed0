// Every RFC 7940 document of the shared corpus (../shared/vectors/lgr/) parses, and what parseLgr read
// matches counts taken from the file text here, independently (regular expressions over the XML, not
// our parser): chars, ranges and their sizes, variants, variant types, rules, actions; and a document
// naming a rule it never defines gets the issue RFC 7940 §5.2 / §7.1 asks for.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sharedVector } from '../../../test-vectors/locate.js';
import { parseLgr } from '../src/index.js';

const root = sharedVector('lgr');
const files: string[] = [];
const walk = (dir: string): void => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.xml')) files.push(path);
  }
};
if (root) walk(root);

/** Counts read straight from the text (comments and CDATA removed first). */
function textCounts(xml: string) {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const data = /<data>([\s\S]*?)<\/data>/.exec(body)?.[1] ?? '';
  const rules = /<rules>([\s\S]*?)<\/rules>/.exec(body)?.[1] ?? '';
  const chars = [...data.matchAll(/<char\s[^>]*?cp="([^"]*)"/g)].map((m) => m[1]!);
  let rangeSize = 0;
  for (const m of data.matchAll(/<range\s[^>]*?first-cp="([0-9A-F]+)"[^>]*?last-cp="([0-9A-F]+)"/g))
    rangeSize += parseInt(m[2]!, 16) - parseInt(m[1]!, 16) + 1;
  const types = new Set([...data.matchAll(/<var\s[^>]*?type="([^"]*)"/g)].map((m) => m[1]!));
  const ruleNames = new Set([...rules.matchAll(/<rule\s[^>]*?name="([^"]*)"/g)].map((m) => m[1]!));
  const referenced = [...body.matchAll(/\s(?:when|not-when|match|not-match)="([^"]*)"/g)].map((m) => m[1]!);
  const referenceIds = new Set([...body.matchAll(/<reference\s[^>]*?id="([^"]*)"/g)].map((m) => m[1]!));
  const refs = [...`${data}${rules}`.matchAll(/\sref="([^"]*)"/g)].flatMap((m) => m[1]!.trim().split(/ +/));
  return {
    chars: chars.length,
    sequences: chars.filter((cp) => cp.trim().includes(' ')).length,
    ranges: (data.match(/<range\s/g) ?? []).length,
    rangeSize,
    variants: (data.match(/<var\s/g) ?? []).length,
    types,
    rules: ruleNames.size,
    actions: (rules.match(/<action\s/g) ?? []).length,
    undefinedRules: referenced.filter((name) => !ruleNames.has(name)),
    undefinedRefs: refs.filter((id) => !referenceIds.has(id)),
  };
}

describe.runIf(root !== undefined)('shared LGR corpus', () => {
  test('the corpus is there (RZ-LGR-5: common + 25 scripts, 26 second-level references, …)', () => {
    expect(files.length).toBeGreaterThanOrEqual(75);
  });

  test.each(files.map((f) => [relative(root!, f), f]))('%s', (_name, path) => {
    const xml = readFileSync(path, 'utf8');
    const expected = textCounts(xml);
    const { lgr, issues } = parseLgr(xml);
    expect(lgr).not.toBeNull();
    expect(lgr!.chars.length).toBe(expected.chars);
    expect(lgr!.chars.filter((c) => c.cps.length > 1).length).toBe(expected.sequences);
    expect(lgr!.ranges.length).toBe(expected.ranges);
    expect(lgr!.ranges.reduce((n, r) => n + r.last - r.first + 1, 0)).toBe(expected.rangeSize);
    expect(lgr!.chars.reduce((n, c) => n + c.variants.length, 0)).toBe(expected.variants);
    expect(new Set(lgr!.variantTypes)).toEqual(expected.types);
    expect(lgr!.rules.size).toBe(expected.rules);
    expect(lgr!.actions.length).toBe(expected.actions);
    const errors = issues.filter((i) => i.severity === 'error');
    // RFC 7940 §5.2 (when / not-when) and §7.1 (match / not-match): each undefined rule name is reported;
    // §4.3.8: each `ref` to an undefined reference id too; nothing else is an error.
    for (const name of new Set(expected.undefinedRules))
      expect(
        errors.some((i) => (i.code === 'RFC7940_5.2' || i.code === 'RFC7940_7') && i.message.includes(`"${name}"`)),
      ).toBe(true);
    for (const id of new Set(expected.undefinedRefs))
      expect(errors.some((i) => i.code === 'RFC7940_4.3' && i.message.includes(`ref "${id}"`))).toBe(true);
    if (expected.undefinedRules.length === 0 && expected.undefinedRefs.length === 0) expect(errors).toEqual([]);
    // Warnings: only unknown elements or attributes, or metadata format.
    for (const w of issues.filter((i) => i.severity === 'warning'))
      expect(['LGR_UNKNOWN_ELEMENT', 'LGR_UNKNOWN_ATTRIBUTE', 'RFC7940_4.3']).toContain(w.code);
  });
});
