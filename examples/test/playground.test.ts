// The playground in a real browser: Debian's Chromium driven by playwright-core (nothing downloaded), the
// page built with esbuild into a temporary directory and served from loopback. Each test types into the
// page and compares what it shows with the libraries' own answers; screenshots go to
// examples/playground/artifacts/ (git-ignored). Without Chromium the tests skip loudly, and fail under CI.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildPlayground, PLAYGROUND_DIR, type PlaygroundBuild } from '../playground/scripts/build.js';
import { type StaticServer, serveStatic } from '../playground/scripts/serve.js';
import { type Browser, chromiumPath, launchChromium, type Page } from '../playground/test-support/browser.js';
import * as lib from '../playground/test-support/libraries.js';

const executable = chromiumPath();
const ARTIFACTS = join(PLAYGROUND_DIR, 'artifacts');
const ENTRIES = join(PLAYGROUND_DIR, '..', 'entries.tsv');
/** Budget of what the page loads before any lazy panel (min+gzip); the heavy data loads on first use. */
const INITIAL_GZIP_BUDGET = 150 * 1024;

/** The UTF-16 offset where each label of `name` starts (labels split at U+002E). */
const labelStarts = (name: string) => [0, ...Array.from(name.matchAll(/\./g), (m) => m.index + 1)];

describe.skipIf(!executable)('playground in Chromium', () => {
  let outDir: string;
  let built: PlaygroundBuild;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let requested: string[];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'nomina-playground-'));
    built = await buildPlayground(outDir);
    server = await serveStatic(outDir);
    browser = await launchChromium(executable!);
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    page = await browser.context.newPage();
    page.setDefaultTimeout(20_000);
    requested = [];
    const errors: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url);
    await page.waitForSelector('#to-ascii');
    return async () => {
      await page.close();
      expect(errors, 'errors in the page').toEqual([]);
    };
  });

  /** Waits until `selector` shows exactly `expected` (then compares, so that a failure shows the text). */
  async function expectText(selector: string, expected: string): Promise<void> {
    await page
      .waitForFunction(([s, t]) => document.querySelector(s!)?.textContent === t, [selector, expected])
      .catch(() => undefined);
    expect(await page.textContent(selector), selector).toBe(expected);
  }

  /** Waits until the focused element matches `selector`. */
  async function expectFocus(selector: string): Promise<void> {
    await page.waitForFunction((s) => document.activeElement?.matches(s) === true, selector).catch(() => undefined);
    expect(await page.evaluate((s) => document.activeElement?.matches(s), selector), `focus on ${selector}`).toBe(true);
  }

  /** The marks of a highlighted value: offset, codes and the text marked. */
  const marksIn = (selector: string) =>
    page.$$eval(`${selector} mark`, (marks) =>
      marks.map((m) => ({
        offset: Number(m.getAttribute('data-offset')),
        codes: m.dataset.codes!.split(' '),
        text: m.textContent,
      })),
    );

  /** Focuses a lazy panel's field and waits until its code has loaded and rendered. */
  async function openPanel(section: string): Promise<void> {
    await page.focus(`#${section} input, #${section} textarea`);
    await page.waitForSelector(`#${section}[data-loaded="true"]`);
  }

  const shoot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  it('loads only the domain panel at first, the others on first use, within the size budget', async () => {
    expect(requested).toContain('/main.js');
    expect(built.initial.gzip).toBeLessThan(INITIAL_GZIP_BUDGET);
    const sections = { langtag: 'tag', langid: 'text', keywords: 'keywords', email: 'email' } as const;
    const filesOf = (panel: string) => built.panels[panel as keyof typeof sections].files.map((f) => `/${f}`);
    for (const panel of Object.keys(sections)) {
      expect(filesOf(panel).length, panel).toBeGreaterThan(0);
      expect(
        requested.filter((r) => filesOf(panel).includes(r)),
        `${panel} before use`,
      ).toEqual([]);
    }
    for (const [panel, section] of Object.entries(sections)) {
      const files = filesOf(panel);
      await openPanel(section);
      expect(requested, `${panel} after use`).toEqual(expect.arrayContaining(files));
    }
  });

  it('shows ToASCII, ToUnicode and the IDNA2008 verdict, each error at its position', async () => {
    const input = 'a_b.-x-.\u05d0a';
    await page.fill('#domain-input', '');
    await page.locator('#domain-input').pressSequentially(input);
    const ascii = lib.toASCII(input);
    const unicode = lib.toUnicode(input);
    await expectText('#to-ascii', ascii.value);
    await expectText('#to-unicode', unicode.value);
    expect(await page.getAttribute('#to-ascii', 'data-ok')).toBe('false');

    // Every UTS #46 issue is marked at its label and offset of the mapped name.
    const marks = await marksIn('#uts46-marked');
    const starts = labelStarts(unicode.value);
    for (const issue of [...ascii.issues, ...unicode.issues]) {
      const at = starts[issue.label]! + issue.offset;
      const mark = marks.find((m) => m.offset <= at && at < m.offset + m.text!.length);
      expect(mark?.codes, `${issue.code} at ${at}`).toContain(issue.code);
    }
    expect(marks.find((m) => m.codes.includes('U1'))?.text).toBe('_');

    const check = lib.checkDomain(input);
    await expectText('#verdict', check.verdict);
    expect(await page.textContent('#domain-summary')).toContain(`IDNA2008: ${check.verdict}; ToASCII ${ascii.value}`);
    const reasons = await page.$$eval('#idna2008 li[data-code]', (items) => items.map((li) => li.dataset.code));
    expect(reasons).toEqual(check.reasons.map((r) => r.code));
    // Every IDNA2008 reason is marked at its code point of the name as typed.
    const typedStarts = labelStarts(input);
    const reasonMarks = await marksIn('#idna2008');
    for (const reason of check.reasons) {
      const at = typedStarts[reason.label]! + reason.offset;
      const mark = reasonMarks.find((m) => m.offset === at);
      expect(mark?.codes, `${reason.code} at ${at}`).toContain(reason.code);
      expect(mark?.text, `${reason.code} at ${at}`).toBe(String.fromCodePoint(reason.codePoint));
    }
    await shoot('domain-errors');
    // The README's picture (examples/playground/screenshot.png is a copy): the errors and the verdict.
    await page.screenshot({ path: join(ARTIFACTS, 'readme.png'), clip: { x: 0, y: 0, width: 1000, height: 700 } });
    // The reasons of an A-label are placed in its U-label: the whole A-label is marked.
    await page.fill('#domain-input', 'xn--ls8h.la');
    const reason = lib.checkDomain('xn--ls8h.la').reasons[0]!;
    await expectText('#verdict', lib.checkDomain('xn--ls8h.la').verdict);
    expect(await marksIn('#idna2008')).toEqual([{ offset: 0, codes: [reason.code], text: 'xn--ls8h' }]);
  });

  it('renders a right-to-left name right to left, with its script run', async () => {
    const input = 'مثال.مصر';
    // By keyboard: the example button, then Enter.
    await page.focus(`#domain button[data-example="${input}"]`);
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#domain-input')).toBe(input);
    await expectText('#to-ascii', lib.toASCII(input).value);
    await expectText('#to-unicode', input);
    await expectText('#verdict', lib.checkDomain(input).verdict);
    const runs = lib.scriptRuns(input).map((r) => `${lib.scriptName(r.script)} (${r.script}) (${r.start}–${r.end})`);
    expect(await page.$$eval('#scripts .legend li', (items) => items.map((li) => li.textContent))).toEqual(runs);

    // The field and the output take their direction from the text (dir="auto").
    expect(await page.$eval('#domain-input', (e) => e.matches(':dir(rtl)'))).toBe(true);
    expect(await page.$eval('#to-unicode', (e) => e.matches(':dir(rtl)'))).toBe(true);
    expect(await page.$eval('#to-ascii', (e) => e.matches(':dir(ltr)'))).toBe(true);
    // Laid out right to left: the first label (مثال) is drawn to the right of the last (مصر).
    const [first, last] = await page.$eval('#to-unicode', (e) => {
      const text = e.firstChild!;
      const box = (start: number, end: number) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        return range.getBoundingClientRect().left;
      };
      const length = text.textContent!.length;
      return [box(0, 4), box(length - 3, length)];
    });
    expect(first).toBeGreaterThan(last);
    await shoot('domain-rtl');
  });

  it('finds the look-alike and shows the display decision', async () => {
    const input = 'pаypal.com'; // Cyrillic а
    await page.fill('#domain-input', input);
    const index = lib.createSkeletonIndex();
    for (const name of lib.EXAMPLE_TOP_DOMAINS) index.add(name);
    const [match, ...others] = index.lookup(input).matches;
    expect(others).toEqual([]);
    await page.waitForSelector(`#lookalikes li[data-lookalike="${match!.name}"]`);
    expect(await marksIn('#lookalikes')).toEqual(
      match!.offsets.map((offset) => ({ offset, codes: ['LOOKALIKE'], text: input[offset] })),
    );
    const chromium = lib.displayPolicy(input);
    const shown = chromium.display === 'unicode' ? chromium.unicode : lib.toASCII(input).value;
    await expectText('#display [data-profile="Chromium"] p', `Chromium: shows ${shown} (${chromium.display})`);
    const reasons = await page.$$eval('#display [data-profile="Chromium"] li', (items) =>
      items.map((li) => li.dataset.code),
    );
    expect(reasons).toEqual(chromium.reasons.map((r) => r.code));
    expect(await page.$$eval('#scripts .legend li', (items) => items.map((li) => li.dataset.key))).toEqual(
      lib.scriptRuns(input).map((r) => r.script),
    );
    await shoot('lookalike');
  });

  it('canonicalizes, maximizes and names a language tag, marking a bad subtag', async () => {
    await openPanel('tag');
    for (const tag of ['EN-latn-us', 'sgn-be-fr', 'iw']) {
      await page.fill('#tag-input', tag);
      await expectText('#tag-canonical', lib.canonicalize(tag).value ?? '—');
      await expectText('#tag-rfc5646', lib.canonicalize(tag, { form: 'rfc5646' }).value ?? '—');
      await expectText('#tag-maximized', lib.maximize(tag).value ?? '—');
      await expectText('#tag-minimized', lib.minimize(tag).value ?? '—');
      await expectText('#tag-name', lib.displayName(lib.canonicalize(tag).value!) ?? '—');
    }
    const bad = 'de-419-DE';
    await page.fill('#tag-input', bad);
    await expectText('#tag-validity', 'not well-formed');
    const issue = lib.validate(bad).issues[0]!;
    expect(await marksIn('#tag-results')).toEqual([{ offset: issue.offset, codes: [issue.code], text: issue.subtag }]);
    await shoot('langtag');
  });

  it('detects the language of a text and its spans, right-to-left included', async () => {
    await openPanel('text');
    const text = 'I told her: la vida es bella. Она согласилась. שלום לכם חברים, מה שלומכם?';
    await page.fill('#text-input', text);
    await expectText('#detected-tag', lib.detect(text).tag);
    const spans = lib.detectSpans(text).spans;
    expect(spans.length).toBeGreaterThan(2);
    const keys = await page.$$eval('#text-results .legend li', (items) => items.map((li) => li.dataset.key));
    expect(keys).toEqual(spans.map((s) => s.tag));
    // Each span is coloured over exactly its text.
    const shown = await page.$$eval('#text-results bdi.text span.run', (items) => items.map((s) => s.textContent));
    expect(shown).toEqual(spans.map((s) => text.slice(s.start, s.end)));
    expect(await page.textContent('#text-results bdi.text')).toBe(text);
    // Each span is marked up in its language, for screen readers.
    const langs = await page.$$eval('#text-results bdi.text span.run', (items) =>
      items.map((s) => (s as HTMLElement).lang),
    );
    expect(langs).toEqual(spans.map((s) => (s.tag === 'und' || s.tag === 'zxx' ? '' : s.tag)));

    const hebrew = 'שלום לכם, מה שלומכם היום?';
    await page.focus(`#text button[data-example="${hebrew}"]`);
    await page.keyboard.press('Enter');
    await expectText('#detected-tag', lib.detect(hebrew).tag);
    expect(await page.$eval('#text-input', (e) => e.matches(':dir(rtl)'))).toBe(true);
    expect(await page.$eval('#text-results bdi.text', (e) => e.matches(':dir(rtl)'))).toBe(true);
    await shoot('langid');
  });

  it('looks keywords up in the bundled index', async () => {
    await openPanel('keywords');
    const entries = lib.parseEntries(readFileSync(ENTRIES, 'utf8'));
    const index = lib.createKeywordIndex(entries);
    for (const query of ['moskva', 'Muenchen', 'al-qahira']) {
      await page.fill('#keywords-input', query);
      const expected = index.lookup(query).map((m) => m.target);
      expect(expected.length).toBeGreaterThan(0);
      await page.waitForSelector(`#keywords-table tr[data-target="${expected[0]}"]`);
      expect(await page.$$eval('#keywords-table tbody tr', (rows) => rows.map((r) => r.dataset.target))).toEqual(
        expected,
      );
    }
    await page.fill('#keywords-input', 'xyzzyplugh');
    expect(index.lookup('xyzzyplugh')).toEqual([]);
    await page.waitForSelector('#keywords-none');
    await shoot('keywords');
  });

  it('checks an e-mail address under each profile, marking each issue', async () => {
    await openPanel('email');
    const address = '用户@例子.广告';
    await page.fill('#email-input', address);
    const strict = lib.parseAddress(address, { profile: lib.strict });
    await expectText('#email-verdict', 'valid');
    await expectText('#email-ascii-domain', strict.value!.asciiDomain);
    await page.selectOption('#email-profile', 'html');
    await expectText('#email-verdict', lib.parseAddress(address, { profile: lib.html }).ok ? 'valid' : 'invalid');

    const bad = 'a..b@x_y.com';
    await page.selectOption('#email-profile', 'strict');
    await page.fill('#email-input', bad);
    await expectText('#email-verdict', 'invalid');
    const issues = lib.parseAddress(bad, { profile: lib.strict }).issues;
    const marks = await marksIn('#email-results');
    for (const issue of issues) {
      expect(marks.find((m) => m.offset === issue.offset)?.codes, issue.code).toContain(issue.code);
    }
    await shoot('email');
  });

  it('keeps the inputs in the address, and opens a panel its query names', async () => {
    const domain = 'مثال.مصر';
    await page.fill('#domain-input', domain);
    await page.fill('#keywords-input', 'Muenchen');
    const url = await page.evaluate(() => location.href); // page.url() learns of replaceState later
    expect(new URL(url).searchParams.get('domain')).toBe(domain);
    expect(new URL(url).searchParams.get('q')).toBe('Muenchen');
    await page.goto(url);
    expect(await page.inputValue('#domain-input')).toBe(domain);
    await expectText('#to-ascii', lib.toASCII(domain).value);
    // The keyword panel loads without being touched, its query being in the address.
    await page.waitForSelector('#keywords[data-loaded="true"]');
    const first = lib.createKeywordIndex(lib.parseEntries(readFileSync(ENTRIES, 'utf8'))).lookup('Muenchen')[0]!;
    await page.waitForSelector(`#keywords-table tbody tr[data-target="${first.target}"]`);
    expect(await page.getAttribute('#tag', 'data-loaded')).toBeNull();
  });

  it('labels every control, announces results, and works from the keyboard', async () => {
    const unlabelled = await page.$$eval('input, textarea, select', (controls) =>
      controls.filter((c) => (c as HTMLInputElement).labels?.length === 0).map((c) => c.id),
    );
    expect(unlabelled).toEqual([]);
    // One polite live region per section, holding the one-line summary of its results.
    const regions = await page.$$eval('section', (sections) =>
      sections.map((section) => section.querySelectorAll('[aria-live="polite"].summary').length),
    );
    expect(regions).toEqual([1, 1, 1, 1, 1]);
    // Tab reaches the skip link first; it leads to the domain field; the next Tab an example.
    await page.keyboard.press('Tab');
    await expectFocus('a.skip');
    await page.keyboard.press('Enter');
    await expectFocus('#domain-input');
    await page.keyboard.press('Tab');
    await expectFocus('#domain button[data-example]:first-child');
    const example = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.example!);
    await page.keyboard.press('Space');
    await expectText('#to-unicode', lib.toUnicode(example).value);
    // Tabbing into a lazy panel loads it.
    await page.focus('#domain .examples button:last-child');
    await page.keyboard.press('Tab');
    await expectFocus('#tag-input');
    await page.waitForSelector('#tag[data-loaded="true"]');
    await expectText('#tag-canonical', lib.canonicalize(await page.inputValue('#tag-input')).value!);
  });
});
