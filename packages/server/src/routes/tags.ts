// BCP 47 endpoints (@nomina/langtag): parse (RFC 5646 §2.1), canonicalize (§4.5, UTS #35), maximize and
// minimize (UTS #35 §4.4 likely subtags), match (UTS #35 §4.5, like ICU LocaleMatcher) and negotiation of
// an Accept-Language header (RFC 9110 §12.5.4) against the tags a site supports.
import {
  canonicalize,
  displayName,
  match,
  maximize,
  MAX_DESIRED,
  MAX_SUPPORTED,
  minimize,
  parse,
  parseAcceptLanguage,
  type MatchOptions,
  type MatchResult,
} from '@nomina/langtag';
import type { Operation } from '../operation.js';
import {
  array,
  choice,
  integer,
  issuesSchema,
  nullableString,
  number,
  object,
  output,
  string,
  boolean,
} from '../schemas.js';

const tagBody = object({ tag: string('A BCP 47 language tag') }, ['tag']);
const tagResult = output({
  ok: boolean(),
  value: nullableString('null when the tag is not well-formed'),
  issues: issuesSchema,
});

const parts = output({
  language: nullableString(),
  extlang: array(string()),
  script: nullableString(),
  region: nullableString(),
  variants: array(string()),
  extensions: array(output({ singleton: string(), subtags: array(string()) })),
  privateuse: array(string()),
  grandfathered: nullableString(),
});

const matchOptions = {
  threshold: number('Distances at or above this do not match (default 50)', { minimum: 0, maximum: 1000 }),
  favor: choice(['language', 'script']),
  demotion: choice(['region', 'none']),
  direction: choice(['with-one-way', 'only-two-way']),
  default: nullableString('Returned when nothing matches (default: the first supported tag; null: none)'),
};

const matchResult = output({
  supported: nullableString(),
  supportedIndex: integer(),
  desired: nullableString(),
  desiredIndex: integer(),
  distance: { type: ['number', 'null'] },
  resolved: nullableString(),
  issues: issuesSchema,
});

const supported = array(string(), { maxItems: MAX_SUPPORTED, description: 'The tags on offer, best first' });

const matchOf = (r: MatchResult) => ({
  supported: r.supported,
  supportedIndex: r.supportedIndex,
  desired: r.desired,
  desiredIndex: r.desiredIndex,
  distance: r.distance,
  resolved: r.resolved,
  issues: r.issues,
});

type MatchBody = MatchOptions & { desired: string[]; supported: string[] };

export const tagOperations: Operation[] = [
  {
    id: 'parseTag',
    path: '/v1/tags/parse',
    tag: 'tags',
    summary: 'Parse a language tag (RFC 5646 §2.1)',
    body: tagBody,
    response: output({ ok: boolean(), tag: parts, issues: issuesSchema, name: nullableString('English display name') }),
    run: (body: { tag: string }) => {
      const r = parse(body.tag);
      return { ok: r.ok, tag: r.tag, issues: r.issues, name: r.ok ? (displayName(body.tag) ?? null) : null };
    },
  },
  {
    id: 'canonicalizeTag',
    path: '/v1/tags/canonicalize',
    tag: 'tags',
    summary: 'Canonicalize a language tag',
    description: 'cldr (default: the form Intl and CLDR use), rfc5646 (§4.5) or extlang form.',
    body: object({ tag: string(), form: choice(['cldr', 'rfc5646', 'extlang']) }, ['tag']),
    response: tagResult,
    run: (body: { tag: string; form?: 'cldr' | 'rfc5646' | 'extlang' }) =>
      canonicalize(body.tag, body.form ? { form: body.form } : {}),
  },
  {
    id: 'maximizeTag',
    path: '/v1/tags/maximize',
    tag: 'tags',
    summary: 'Add likely subtags (UTS #35 §4.4)',
    body: tagBody,
    response: tagResult,
    run: (body: { tag: string }) => maximize(body.tag),
  },
  {
    id: 'minimizeTag',
    path: '/v1/tags/minimize',
    tag: 'tags',
    summary: 'Remove likely subtags (UTS #35 §4.4)',
    body: object({ tag: string(), favor: choice(['region', 'script']) }, ['tag']),
    response: tagResult,
    run: (body: { tag: string; favor?: 'region' | 'script' }) =>
      minimize(body.tag, body.favor ? { favor: body.favor } : {}),
  },
  {
    id: 'matchTags',
    path: '/v1/tags/match',
    tag: 'tags',
    summary: 'Best supported tag for the desired ones (UTS #35 §4.5)',
    body: object(
      { desired: array(string(), { maxItems: MAX_DESIRED, description: 'Best first' }), supported, ...matchOptions },
      ['desired', 'supported'],
    ),
    response: matchResult,
    run: ({ desired, supported: offered, ...options }: MatchBody) => matchOf(match(desired, offered, options)),
  },
  {
    id: 'negotiateLanguage',
    path: '/v1/tags/negotiate',
    tag: 'tags',
    summary: 'Negotiate an Accept-Language header (RFC 9110 §12.5.4)',
    description:
      'Parses the header (RFC 4647 ranges with weights), then matches them, best first, against the supported tags.',
    body: object({ acceptLanguage: string('The header value'), supported, ...matchOptions }, [
      'acceptLanguage',
      'supported',
    ]),
    response: output({
      ok: boolean(),
      ranges: array(output({ range: string(), quality: number() })),
      match: matchResult,
      issues: issuesSchema,
    }),
    run: ({
      acceptLanguage,
      supported: offered,
      ...options
    }: MatchOptions & { acceptLanguage: string; supported: string[] }) => {
      const header = parseAcceptLanguage(acceptLanguage);
      const desired = header.ranges.map((r) => r.range).filter((r) => r !== '*');
      return {
        ok: header.ok,
        ranges: header.ranges,
        match: matchOf(match(desired, offered, options)),
        issues: header.issues,
      };
    },
  },
];
