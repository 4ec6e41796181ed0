import { readFileSync } from 'node:fs';
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { expectLinear } from '../../../test-vectors/campaign.js';
import * as full from '../src/full.js';
import {
  DEFAULT_MIN_CONFIDENCE,
  detect,
  detectSpans,
  languages,
  MAX_SPANS_LENGTH,
  MAX_TAG_LIST,
  SAMPLE_LENGTH,
  sampleText,
} from '../src/index.js';
import { canonicalize, isValid } from '@nomina/langtag';
import { ownVector } from '../../../test-vectors/locate.js';

const unescape = (text: string): string =>
  text.replace(/\\u([0-9a-f]{4})|\\t|\\n/gi, (m, hex?: string) =>
    hex ? String.fromCharCode(parseInt(hex, 16)) : m === '\\t' ? '\t' : '\n',
  );

function tsv(path: string): string[][] {
  return readFileSync(ownVector(path), 'utf8')
    .split('\n')
    .map((line, i) => [String(i + 1), ...line.split('\t')])
    .filter((row) => row.length > 2);
}

describe.each([
  ['default', detect],
  ['full', full.detect],
] as const)('examples.tsv (%s tier)', (_tier, run) => {
  test.each(tsv('langid/examples.tsv'))('examples.tsv line %s: %s', (_line, expected, text) => {
    const detection = run(text!);
    expect(expected!.split('|')).toContain(detection.tag);
    expect(detection.confidence).toBeGreaterThan(0);
  });
});

describe('non-linguistic.tsv', () => {
  test.each(tsv('langid/non-linguistic.tsv'))('non-linguistic.tsv line %s: %s %s', (_line, tag, reason, text) => {
    const detection = detect(unescape(text!));
    expect(detection.tag).toBe(tag);
    expect(detection.issues[0]?.code).toBe(reason);
    expect(detection.confidence).toBe(0);
    expect(detection.candidates).toEqual([]);
  });
});

describe('detect', () => {
  test('script first: a script of one language answers from the script alone', () => {
    for (const [text, tag] of [
      ['สวัสดีครับ', 'th'],
      ['안녕하세요', 'ko'],
      ['こんにちは', 'ja'],
    ] as const) {
      const detection = detect(text);
      expect(detection.tag).toBe(tag);
      expect(detection.candidates).toHaveLength(1);
      expect(detection.candidates[0]!.score).toBe(0);
    }
  });

  test('script-qualified tags for languages written in several scripts', () => {
    expect(detect('Ово је моја кућа и мој пас.').tag).toBe('sr-Cyrl');
    expect(detect('这是我的房子，我很喜欢它。').tag).toBe('zh-Hans');
    expect(detect('這是我的房子，我很喜歡它。').tag).toBe('zh-Hant');
    expect(languages()).toContain('sr-Latn');
    expect(languages()).toContain('pa-Guru');
  });

  test('candidates are sorted, confidences in [0, 1], top honoured', () => {
    const detection = detect('Ovo je kuća mog oca.', { top: 4 });
    expect(detection.candidates).toHaveLength(4);
    for (let i = 1; i < 4; i++)
      expect(detection.candidates[i - 1]!.score).toBeGreaterThanOrEqual(detection.candidates[i]!.score);
    for (let i = 1; i < 4; i++)
      expect(detection.candidates[i - 1]!.confidence).toBeGreaterThanOrEqual(detection.candidates[i]!.confidence);
    expect(detection.candidates.reduce((sum, c) => sum + c.confidence, 0)).toBeLessThanOrEqual(1.0001);
    for (const c of detection.candidates) expect(c.confidence).toBeGreaterThanOrEqual(0);
    for (const c of detection.candidates) expect(c.confidence).toBeLessThanOrEqual(1);
  });

  test('only and exclude (a language matches its script variants)', () => {
    const text = 'Ovo je kuća mog oca i moje majke.';
    expect(detect(text, { only: ['sr'] }).tag).toBe('sr-Latn');
    expect(detect(text, { only: ['hr', 'bs'] }).tag).toMatch(/^(hr|bs-Latn)$/);
    const excluded = detect(text, { exclude: ['hr', 'sr', 'bs'] });
    expect(excluded.tag).not.toMatch(/^(hr|sr|bs)/);
    const none = detect(text, { only: ['ja'] });
    expect(none.tag).toBe('und');
    expect(none.issues[0]!.code).toBe('NO_CANDIDATE');
  });

  test('minLength and minConfidence give und with the reason', () => {
    // 'Das ist gut' has 9 letters.
    const short = detect('Das ist gut', { minLength: 10 });
    expect(short.tag).toBe('und');
    expect(short.issues[0]!.code).toBe('TOO_SHORT');
    expect(detect('Das ist gut', { minLength: 9 }).tag).toBe('de');
    const weak = detect('Das ist gut', { minConfidence: 1.01 });
    expect(weak.tag).toBe('und');
    expect(weak.issues[0]!.code).toBe('LOW_CONFIDENCE');
    expect(weak.candidates.length).toBeGreaterThan(0);
    expect(DEFAULT_MIN_CONFIDENCE).toBeGreaterThan(0);
  });

  test('URLs and e-mail addresses are not language', () => {
    expect(detect('Weitere Informationen finden Sie unter https://example.com/impressum').tag).toBe('de');
    expect(detect('https://example.com/some/english/words/here').tag).toBe('zxx');
  });

  test('programmer errors throw', () => {
    expect(() => detect(42 as unknown as string)).toThrow(TypeError);
    expect(() => detect('a', { only: 'en' as unknown as string[] })).toThrow(TypeError);
    expect(() => detectSpans(null as unknown as string)).toThrow(TypeError);
    expect(() => detect('a', { top: 'x' as unknown as number })).toThrow(TypeError);
    expect(() => detect('a', { minConfidence: Number.NaN })).toThrow(TypeError);
    expect(detect('hello world', { top: Infinity }).candidates.length).toBeLessThanOrEqual(64);
  });
});

describe('limits', () => {
  test('SAMPLE_LENGTH: N code units are read whole, N+1 are sampled', () => {
    const at = 'word '.repeat(Math.ceil(SAMPLE_LENGTH / 5)).slice(0, SAMPLE_LENGTH);
    expect(at.length).toBe(SAMPLE_LENGTH);
    expect(detect(at).issues.map((i) => i.code)).not.toContain('INPUT_SAMPLED');
    expect(detect(at + 'x').issues.map((i) => i.code)).toContain('INPUT_SAMPLED');
    expect(sampleText(at)).toBe(at);
    expect(sampleText(at + 'x').length).toBeLessThanOrEqual(SAMPLE_LENGTH + 2);
  });

  test('sampling never splits a surrogate pair', () => {
    const text = '𝒜'.repeat(SAMPLE_LENGTH);
    expect(sampleText(text)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  test('MAX_TAG_LIST: N tags accepted, N+1 rejected', () => {
    const tags = new Array<string>(MAX_TAG_LIST).fill('en');
    expect(() => detect('hello', { only: tags })).not.toThrow();
    expect(() => detect('hello', { only: [...tags, 'en'] })).toThrow(RangeError);
  });

  test('MAX_SPANS_LENGTH: N code units analysed, N+1 truncated', () => {
    const at = ' '.repeat(MAX_SPANS_LENGTH - 5) + 'hello';
    expect(detectSpans(at).issues).toEqual([]);
    const over = detectSpans(at + 'x');
    expect(over.issues.map((i) => i.code)).toEqual(['INPUT_TRUNCATED']);
    expect(over.spans[0]!.end).toBe(MAX_SPANS_LENGTH);
  });

  test('1 MB of one character returns promptly', () => {
    const big = 'a'.repeat(1 << 20);
    expect(detect(big).tag).toBeTypeOf('string');
    expect(detectSpans(big).spans.length).toBeGreaterThan(0);
  });

  test('linear: spans of 8n sentences take about 8× the time of n', () => {
    expectLinear((n) => 'The cat sleeps. Die Katze schläft. Le chat dort. '.repeat(n), detectSpans, {
      small: 200,
      factor: 8,
    });
  });
});

describe('detectSpans', () => {
  test('script runs, then language changes inside a script', () => {
    const text = 'My grandmother always said: la vida es bella y hay que disfrutarla. Она была права.';
    const { spans } = detectSpans(text);
    expect(spans.map((s) => s.tag)).toEqual(['en', 'es', 'ru']);
    for (const span of spans) expect(span.confidence).toBeGreaterThan(0);
  });

  test('text without letters is one zxx span; empty text has none', () => {
    expect(detectSpans('123 456').spans).toEqual([{ tag: 'zxx', start: 0, end: 7, confidence: 0, script: 'Zyyy' }]);
    expect(detectSpans('').spans).toEqual([]);
  });
});

describe('properties', () => {
  prop.prop([fc.string({ unit: 'binary', maxLength: 300 })], { numRuns: 300 })(
    'detect never throws and answers a well-formed result',
    (text) => {
      const detection = detect(text);
      expect(detection.tag).toMatch(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/);
      expect(detection.confidence).toBeGreaterThanOrEqual(0);
      expect(detection.confidence).toBeLessThanOrEqual(1);
      if (detection.tag === 'und' || detection.tag === 'zxx') expect(detection.issues.length).toBeGreaterThan(0);
    },
  );

  prop.prop([fc.string({ unit: 'binary', maxLength: 300 })], { numRuns: 200 })(
    'spans are ordered, disjoint and inside the text',
    (text) => {
      const { spans } = detectSpans(text);
      let last = 0;
      for (const span of spans) {
        expect(span.start).toBeGreaterThanOrEqual(last);
        expect(span.end).toBeGreaterThan(span.start);
        expect(span.end).toBeLessThanOrEqual(text.length);
        last = span.end;
      }
    },
  );

  prop.prop([fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 })], { numRuns: 100 })(
    'deterministic',
    (text) => {
      expect(detect(text)).toEqual(detect(text));
    },
  );
});

describe('tiers', () => {
  test('the full tier covers at least as many languages as franc-all (419)', () => {
    expect(full.languages().length).toBeGreaterThanOrEqual(419);
    expect(full.TIER).toBe('full');
  });

  test('every tag is valid and canonical BCP 47 (@nomina/langtag, CLDR form)', () => {
    for (const tag of full.languages()) {
      expect(isValid(tag), tag).toBe(true);
      expect(canonicalize(tag, { form: 'cldr' }).value, tag).toBe(tag);
    }
  });

  test('every tag is well-formed and unique', () => {
    for (const list of [languages(), full.languages()]) {
      expect(new Set(list).size).toBe(list.length);
      for (const tag of list) expect(tag).toMatch(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/);
    }
  });
});
