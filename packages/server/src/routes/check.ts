// Registry endpoints: the check of a name to register (IDNA2008 verdict, then the LGR disposition,
// variants and zone collisions, and the look-alikes among the zone's names), the LGR validation of one
// label (RFC 7940 §8), and look-alikes (UTS #39 skeletons).
import { checkDomain, unicodeName, type Profile } from '@nomina/idna';
import {
  DEFAULT_MAX_VARIANTS,
  MAX_VARIANTS_LIMIT,
  REFUSED_DISPOSITIONS,
  registeredLabel,
  validateLabel,
  type LabelValidation,
} from '@nomina/lgr';
import { areConfusable, domainLookalikes } from '@nomina/security';
import type { Operation } from '../operation.js';
import type { LoadedLgr, Policy } from '../policy.js';
import { ProblemError } from '../problem.js';
import { array, boolean, choice, integer, issuesSchema, nullableString, object, output, string } from '../schemas.js';

const reason = {
  type: 'object',
  description: 'Why the LGR gave this disposition (kind: input, repertoire, context or action)',
  properties: { kind: string(), message: string() },
  required: ['kind', 'message'],
  additionalProperties: true,
} as const;

const variant = output({ label: string(), disposition: string(), types: array(string()) });
const collision = output({ label: string('The registered label'), disposition: nullableString() });

const lgrVerdict = output({
  lgr: string('The LGR that judged (its file name)'),
  label: string('The label judged'),
  disposition: string('RFC 7940 disposition: valid, invalid, blocked, allocatable…'),
  reason,
  variants: array(variant),
  variantCount: integer(),
  estimate: integer('Upper bound on the variant labels, the label included'),
  truncated: boolean(),
  collisions: array(collision),
  issues: issuesSchema,
});

const lookalike = output({
  name: string('A name of the zone'),
  kind: string('UTS #39 §4: single-script, mixed-script or whole-script'),
  offsets: array(integer()),
});

interface LgrOptions {
  lgr?: string;
  variants?: boolean;
  maxVariants?: number;
}

const lgrOptions = {
  lgr: string('Which LGR (default: the first configured)'),
  variants: boolean('List the variant labels (default true)'),
  maxVariants: integer('Most variants listed', {
    minimum: 1,
    maximum: MAX_VARIANTS_LIMIT,
    default: DEFAULT_MAX_VARIANTS,
  }),
};

function pickLgr(policy: Policy, name: string | undefined): [string, LoadedLgr] {
  if (name === undefined) {
    const first = policy.lgrs.entries().next();
    if (first.done) throw new ProblemError(404, 'NOT_FOUND', 'no LGR is configured (nomina serve --lgr FILE)');
    return first.value;
  }
  const lgr = policy.lgrs.get(name);
  if (!lgr)
    throw new ProblemError(
      404,
      'NOT_FOUND',
      `no LGR named ${JSON.stringify(name)}; configured: ${[...policy.lgrs.keys()].join(', ') || 'none'}`,
    );
  return [name, lgr];
}

/** The LGR verdict on LABEL: RFC 7940 §8 disposition and variants, §8.5 collisions with the zone. */
function judge([name, { lgr, registered }]: [string, LoadedLgr], label: string, options: LgrOptions) {
  const r: LabelValidation = validateLabel(lgr, label, {
    variants: options.variants ?? true,
    maxVariants: options.maxVariants ?? DEFAULT_MAX_VARIANTS,
  });
  // The same label is the name's own registration, not a collision.
  const collisions = registered && r.ok ? registered.check(label, { excludeSelf: true }).collisions : [];
  return {
    lgr: name,
    label,
    disposition: r.disposition,
    reason: r.reason,
    variants: r.variants.map((v) => ({ label: v.label, disposition: v.disposition, types: v.types })),
    variantCount: r.variantCount,
    estimate: r.estimate,
    truncated: r.truncated,
    collisions,
    issues: r.issues,
  };
}

interface CheckBody extends LgrOptions {
  name: string;
  profile?: Profile;
}

export function checkOperations(policy: Policy): Operation[] {
  return [
    {
      id: 'checkName',
      path: '/v1/check',
      tag: 'registry',
      summary: 'Registry check of a name: IDNA2008, LGR, look-alikes',
      description:
        'The IDNA2008 verdict (RFC 5891 §4 registration, or §5.4 lookup) with every reason; for a name that passes, the LGR disposition, variants and collisions with the zone (when an LGR is configured) and the zone names it looks like (when a zone is configured). `ok` is true when the name passes all of them.',
      body: object(
        {
          name: string('A domain name'),
          profile: choice(['registration', 'lookup'], 'IDNA2008 profile (default registration)'),
          ...lgrOptions,
        },
        ['name'],
      ),
      response: output(
        {
          input: string(),
          profile: string(),
          verdict: choice(['registrable', 'lookup-only', 'invalid']),
          ok: boolean('Passes IDNA2008 and every configured policy'),
          uName: string(),
          aName: string(),
          issues: issuesSchema,
          reasons: issuesSchema,
          lookupIssues: issuesSchema,
          bidiDomain: boolean(),
          lookupName: nullableString(),
          lgr: { anyOf: [lgrVerdict, { type: 'null' }], description: 'null without an LGR, or when IDNA2008 fails' },
          lookalikes: {
            anyOf: [array(lookalike), { type: 'null' }],
            description: 'null without a zone, or when IDNA2008 fails',
          },
        },
        [],
      ),
      run: (body: CheckBody) => {
        const c = checkDomain(body.name, body.profile ? { profile: body.profile } : {});
        const lgr =
          c.ok && policy.lgrs.size > 0
            ? judge(pickLgr(policy, body.lgr), registeredLabel(c.uName, policy.level), body)
            : null;
        const alike = c.ok && policy.zone ? domainLookalikes(policy.zone, unicodeName(c.uName)).matches : null;
        const ok =
          c.ok &&
          (!lgr || (!REFUSED_DISPOSITIONS.includes(lgr.disposition) && lgr.collisions.length === 0)) &&
          !alike?.length;
        return {
          input: c.input,
          profile: c.profile,
          verdict: c.verdict,
          ok,
          uName: c.uName,
          aName: c.aName,
          issues: c.issues,
          reasons: c.reasons,
          lookupIssues: c.lookupIssues,
          bidiDomain: c.bidiDomain,
          lookupName: c.lookupName ?? null,
          lgr,
          lookalikes: alike,
        };
      },
    },
    {
      id: 'validateLabel',
      path: '/v1/lgr/validate',
      tag: 'registry',
      summary: 'RFC 7940 disposition and variants of a label',
      body: object({ label: string('A U-label'), ...lgrOptions }, ['label']),
      response: lgrVerdict,
      run: (body: LgrOptions & { label: string }) => judge(pickLgr(policy, body.lgr), body.label, body),
    },
    {
      id: 'findLookalikes',
      path: '/v1/lookalikes',
      tag: 'registry',
      summary: 'Look-alikes of a name (UTS #39), in the zone or against another name',
      description:
        'With `other`: whether the two names are confusable (UTS #39 §4) and how. Without: the names of the configured zone that look like `name`.',
      body: object({ name: string(), other: string('A second name to compare with') }, ['name']),
      response: output({
        ok: boolean(),
        confusable: boolean('Some look-alike found'),
        kind: nullableString('UTS #39 §4 kind, for a pair'),
        matches: {
          anyOf: [array(lookalike), { type: 'null' }],
          description: 'Zone names; null for a pair or without a zone',
        },
        issues: issuesSchema,
      }),
      run: (body: { name: string; other?: string }) => {
        if (body.other !== undefined) {
          const r = areConfusable(body.name, body.other);
          return { ok: r.ok, confusable: r.confusable, kind: r.kind, matches: null, issues: r.issues };
        }
        if (!policy.zone)
          throw new ProblemError(
            404,
            'NOT_FOUND',
            'no zone is configured (nomina serve --zone FILE); pass `other` to compare two names',
          );
        const { ok, issues, matches } = domainLookalikes(policy.zone, unicodeName(body.name));
        return { ok, confusable: matches.length > 0, kind: null, matches, issues };
      },
    },
  ];
}
