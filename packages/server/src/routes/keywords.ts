// The keyword registry: look-up (any script, typos, romanized, type-ahead), and writes with the bearer
// token: put (create, or update the weight of) and delete entries identified by key, target, locale and
// namespace. A write is answered after it is stored, so the next look-up — on any server of the same
// database — sees it.
import { MAX_EDITS, MAX_LIMIT, type KeywordEntry, type LookupOptions } from '@nomina/keywords';
import type { FastifyInstance } from 'fastify';
import { MAX_LIST_ENTRIES } from '../limits.js';
import { withDeadline, type Operation } from '../operation.js';
import { ProblemError } from '../problem.js';
import type { EntryId, KeywordRegistry, WriteResult } from '../registry/registry.js';
import {
  array,
  boolean,
  choice,
  integer,
  issuesSchema,
  number,
  object,
  output,
  problemResponses,
  string,
} from '../schemas.js';

const match = output(
  {
    target: string(),
    key: string('The key that matched, as entered'),
    via: choice(['exact', 'folded', 'variant', 'translit', 'prefix', 'fuzzy']),
    scheme: string('The romanization scheme, for translit'),
    distance: integer('Edits between the query and the key'),
    score: number(),
    locale: string(),
    namespace: string(),
  },
  ['scheme', 'locale', 'namespace'],
);

const lookupFields = {
  locale: string('Preferred BCP 47 locale'),
  namespace: { anyOf: [string(), array(string(), { maxItems: 64 })], description: 'Only these namespaces' },
  limit: integer('Most targets (default 10)', { minimum: 1, maximum: MAX_LIMIT }),
  maxEdits: integer('Typo budget (default 2)', { minimum: 0, maximum: MAX_EDITS }),
  prefix: boolean('Type-ahead answers (default true)'),
  minScore: number('Score threshold (default 0.6)', { minimum: 0, maximum: 1 }),
};

const lookupResponse = output({ ok: boolean(), matches: array(match), issues: issuesSchema });

const idFields = {
  key: string('What people type'),
  target: string('What it resolves to'),
  locale: string('BCP 47 locale of the key'),
  namespace: string('Kind of target (city, language…)'),
};
const entrySchema = output({ ...idFields, weight: number() }, ['locale', 'namespace', 'weight']);

const writeResponse = output({
  status: choice(['created', 'updated', 'deleted', 'absent', 'refused']),
  issues: issuesSchema,
});

type LookupBody = LookupOptions & { query: string };

function options(body: Omit<LookupBody, 'query'>): LookupOptions {
  const out: LookupOptions = {};
  for (const key of ['locale', 'namespace', 'limit', 'maxEdits', 'prefix', 'minScore'] as const)
    if (body[key] !== undefined) (out as Record<string, unknown>)[key] = body[key];
  return out;
}

/** A single write's answer: 201 created, 200 otherwise; a refused entry is a 422 with the library's issues. */
function single(result: WriteResult): WriteResult {
  if (result.status === 'refused')
    throw new ProblemError(422, 'ENTRY_REFUSED', result.issues[0]?.message ?? 'the entry was refused', result.issues);
  return result;
}

export function keywordOperations(registry: KeywordRegistry): Operation[] {
  return [
    {
      id: 'lookupKeyword',
      path: '/v1/keywords/lookup',
      tag: 'keywords',
      summary: 'Keyword look-up in any script',
      description:
        'Ranked targets for a query: exact, folded (case, width, accents), variant (Han, kana, Arabic letters), translit (romanized), prefix (type-ahead) or fuzzy (typos). Nothing when no answer is confident.',
      body: object({ query: string(), ...lookupFields }, ['query']),
      response: lookupResponse,
      run: ({ query, ...rest }: LookupBody) => registry.search(query, options(rest)),
    },
    {
      id: 'putKeyword',
      path: '/v1/keywords/entries',
      tag: 'keywords',
      summary: 'Create an entry, or update its weight',
      description:
        'Idempotent: an entry with the same key, target, locale and namespace is updated, never duplicated. Batches are applied all or nothing.',
      write: true,
      body: object({ ...idFields, weight: number('Ties go to the heavier (default 0)') }, ['key', 'target']),
      response: writeResponse,
      status: (r: WriteResult) => (r.status === 'created' ? 201 : 200),
      run: async (entry: KeywordEntry) => single((await registry.write([{ op: 'put', entry }]))[0]!),
      runMany: (entries: KeywordEntry[]) => registry.write(entries.map((entry) => ({ op: 'put', entry }))),
    },
    {
      id: 'deleteKeyword',
      path: '/v1/keywords/entries/delete',
      tag: 'keywords',
      summary: 'Delete an entry',
      description: '`absent` when there was no such entry. Batches are applied all or nothing.',
      write: true,
      body: object(idFields, ['key', 'target']),
      response: writeResponse,
      run: async (entry: EntryId) => (await registry.write([{ op: 'delete', entry }]))[0]!,
      runMany: (entries: EntryId[]) => registry.write(entries.map((entry) => ({ op: 'delete', entry }))),
    },
  ];
}

/** The GET routes: look-up by query string (search boxes), listing, and the registry's size. */
export function registerKeywordReads(app: FastifyInstance, registry: KeywordRegistry, handlerTimeout: number): void {
  app.get(
    '/v1/keywords/lookup',
    {
      schema: {
        operationId: 'lookupKeywordGet',
        tags: ['keywords'],
        summary: 'Keyword look-up (query string)',
        querystring: object({ q: string('The query'), ...lookupFields, namespace: string('Only this namespace') }, [
          'q',
        ]),
        response: { 200: lookupResponse, ...problemResponses([400, 429, 503]) },
      },
    },
    async (request) => {
      const { q, ...rest } = request.query as LookupBody & { q: string };
      return withDeadline(registry.search(q, options(rest)), handlerTimeout);
    },
  );
  app.get(
    '/v1/keywords/entries',
    {
      schema: {
        operationId: 'listKeywords',
        tags: ['keywords'],
        summary: 'Entries with this key, target or namespace',
        querystring: object({
          key: string(),
          target: string(),
          namespace: string(),
          limit: integer(`Most entries (default and most ${MAX_LIST_ENTRIES})`, {
            minimum: 1,
            maximum: MAX_LIST_ENTRIES,
          }),
        }),
        response: { 200: output({ entries: array(entrySchema) }), ...problemResponses([400, 429, 503]) },
      },
    },
    async (request) => {
      const { limit = MAX_LIST_ENTRIES, ...filter } = request.query as {
        key?: string;
        target?: string;
        namespace?: string;
        limit?: number;
      };
      return { entries: await withDeadline(registry.list(filter, limit), handlerTimeout) };
    },
  );
  app.get(
    '/v1/keywords/stats',
    {
      schema: {
        operationId: 'keywordStats',
        tags: ['keywords'],
        summary: 'Where the registry lives and how many entries it holds',
        response: {
          200: output({ backend: choice(['memory', 'postgres']), entries: integer() }),
          ...problemResponses([429, 503]),
        },
      },
    },
    async () => ({ backend: registry.backend, entries: await withDeadline(registry.size(), handlerTimeout) }),
  );
}
