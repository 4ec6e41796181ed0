// Text endpoints: UTS #46 (to-ascii, to-unicode), script analysis (UAX #24, UTS #39 §5), language
// detection and e-mail addresses (EAI). Each is a thin mapping of a library call: the library's limits
// apply, and its issues come back as they are.
import { parseAddress, PROFILE_NAMES, profileNamed, type Address, type ProfileName } from '@nomina/email';
import { toASCII, toUnicode, type Uts46Options } from '@nomina/idna';
import { DEFAULT_MIN_CONFIDENCE, detect, detectSpans, MAX_TAG_LIST, MAX_TOP } from '@nomina/langid';
import { analyzeScripts } from '@nomina/script';
import type { Operation } from '../operation.js';
import {
  array,
  boolean,
  choice,
  integer,
  issuesSchema,
  nullableString,
  number,
  object,
  output,
  string,
} from '../schemas.js';

const uts46Options = object(
  {
    transitionalProcessing: boolean('Map ß, ς, ZWJ, ZWNJ as IDNA2003 did (deprecated; default false)'),
    checkHyphens: boolean('V2, V3: no -- in positions 3-4, no leading or trailing hyphen (default true)'),
    checkBidi: boolean('RFC 5893 Bidi rule (default true)'),
    checkJoiners: boolean('RFC 5892 CONTEXTJ (default true)'),
    useSTD3ASCIIRules: boolean('Only letters, digits and hyphen among ASCII (default true)'),
    verifyDnsLength: boolean('Domain and label lengths (default true)'),
    ignoreInvalidPunycode: boolean('Keep invalid xn-- labels instead of reporting P4 (default false)'),
  },
  [],
  'UTS #46 processing flags',
);

const uts46Body = object({ input: string('A domain name'), options: uts46Options }, ['input']);
const uts46Response = output({
  ok: boolean(),
  value: string('The converted domain (also when there are issues)'),
  issues: issuesSchema,
});

const uts46 = (run: typeof toASCII) => (body: { input: string; options?: Uts46Options }) => {
  const r = run(body.input, body.options);
  return { ok: r.ok, value: r.value, issues: r.issues };
};

const runSchema = output({ script: string('ISO 15924'), start: integer(), end: integer() });

const scriptResponse = output({
  ok: boolean(),
  issues: issuesSchema,
  runs: array(runSchema),
  scripts: array(string()),
  dominant: string(),
  resolved: output({ all: boolean(), scripts: array(string()) }),
  singleScript: boolean(),
  restrictionLevel: string(),
});

const candidate = output({ tag: string(), score: number(), confidence: number() });
const span = output({ tag: string(), start: integer(), end: integer(), confidence: number(), script: string() });

interface DetectBody {
  text: string;
  only?: string[];
  exclude?: string[];
  minConfidence?: number;
  top?: number;
  spans?: boolean;
}

const addressSchema = {
  type: ['object', 'null'],
  properties: {
    localPart: string(),
    normalizedLocalPart: string(),
    domain: string(),
    asciiDomain: string(),
    addressLiteral: { type: ['string', 'null'], enum: ['ipv4', 'ipv6', 'general', null] },
    normalized: string(),
    ascii: nullableString('null when the local part is not ASCII'),
    smtputf8: boolean('Delivery needs SMTPUTF8 (RFC 6531)'),
    displayName: nullableString(),
    comments: array(string()),
  },
  required: [
    'localPart',
    'normalizedLocalPart',
    'domain',
    'asciiDomain',
    'addressLiteral',
    'normalized',
    'ascii',
    'smtputf8',
    'displayName',
    'comments',
  ],
} as const;

interface EmailBody {
  address: string;
  profile?: ProfileName;
  allowDisplayName?: boolean;
  allowComments?: boolean;
  allowObsolete?: boolean;
}

export const textOperations: Operation[] = [
  {
    id: 'toAscii',
    path: '/v1/idna/to-ascii',
    tag: 'idna',
    summary: 'UTS #46 ToASCII',
    description: 'The domain as it goes into the DNS (xn-- labels), with every error found (UTS #46 §4.2).',
    body: uts46Body,
    response: uts46Response,
    run: uts46(toASCII),
  },
  {
    id: 'toUnicode',
    path: '/v1/idna/to-unicode',
    tag: 'idna',
    summary: 'UTS #46 ToUnicode',
    description: 'The domain for display (U-labels), with every error found (UTS #46 §4.3).',
    body: uts46Body,
    response: uts46Response,
    run: uts46(toUnicode),
  },
  {
    id: 'analyzeScripts',
    path: '/v1/script/analyze',
    tag: 'script',
    summary: 'Script runs, resolved script set and restriction level',
    description: 'UAX #24 script runs, UTS #39 §5.1 resolved script set and §5.2 restriction level.',
    body: object({ text: string() }, ['text']),
    response: scriptResponse,
    run: (body: { text: string }) => analyzeScripts(body.text),
  },
  {
    id: 'detectLanguage',
    path: '/v1/langid/detect',
    tag: 'langid',
    summary: 'Language identification',
    description: 'The language of a text with calibrated confidence; with `spans`, the language of each part.',
    body: object(
      {
        text: string(),
        only: array(string(), { maxItems: MAX_TAG_LIST }),
        exclude: array(string(), { maxItems: MAX_TAG_LIST }),
        minConfidence: number(`Below this: und (default ${DEFAULT_MIN_CONFIDENCE})`, { minimum: 0, maximum: 1 }),
        top: integer('Candidates returned (default 5)', { minimum: 0, maximum: MAX_TOP }),
        spans: boolean('Also the language of each span of the text'),
      },
      ['text'],
    ),
    response: output(
      {
        ok: boolean(),
        tag: string('BCP 47; und when unsure, zxx for no language'),
        confidence: number(),
        candidates: array(candidate),
        script: string(),
        issues: issuesSchema,
        spans: array(span),
      },
      ['spans'],
    ),
    run: (body: DetectBody) => {
      const options = {
        ...(body.only ? { only: body.only } : {}),
        ...(body.exclude ? { exclude: body.exclude } : {}),
      };
      const d = detect(body.text, {
        ...options,
        ...(body.minConfidence !== undefined ? { minConfidence: body.minConfidence } : {}),
        ...(body.top !== undefined ? { top: body.top } : {}),
      });
      return body.spans ? { ...d, spans: detectSpans(body.text, options).spans } : d;
    },
  },
  {
    id: 'parseEmail',
    path: '/v1/email/parse',
    tag: 'email',
    summary: 'Parse and validate an e-mail address (EAI)',
    description:
      'RFC 5321/5322 with RFC 6531/6532 under a profile: strict (default), html (the HTML input rule) or registration (what a registry or sign-up form should accept).',
    body: object(
      {
        address: string(),
        profile: choice(PROFILE_NAMES),
        allowDisplayName: boolean('Accept Name <local@domain>'),
        allowComments: boolean('Accept RFC 5322 comments and white space'),
        allowObsolete: boolean('Accept the obsolete syntax of RFC 5322 §4.4'),
      },
      ['address'],
    ),
    response: output({ ok: boolean(), value: addressSchema, issues: issuesSchema }),
    run: (body: EmailBody) => {
      const { address, profile, ...flags } = body;
      const r = parseAddress(address, { ...flags, profile: profileNamed(profile ?? 'strict') });
      return { ok: r.ok, value: r.value as Address | null, issues: r.issues };
    },
  },
];
