# ICU's spoof checker (Debian python3-icu) on a corpus, for bench/security/differential.ts and the
# differential test: reads a JSON list of strings on stdin, writes one JSON object:
#   {icu, unicode, results: [[skeleton, level], ...], chars: {char: [skeleton, allowed, age, scx]}}
# `level` is the most restrictive URestrictionLevel whose RESTRICTION_LEVEL check passes, with the
# allowed set = Recommended ∪ Inclusion (Identifier_Status Allowed, as @nomina/security uses).
import json
import sys

import icu

LEVELS = [
    ('ascii-only', icu.URestrictionLevel.ASCII),
    ('single-script', icu.URestrictionLevel.SINGLE_SCRIPT_RESTRICTIVE),
    ('highly-restrictive', icu.URestrictionLevel.HIGHLY_RESTRICTIVE),
    ('moderately-restrictive', icu.URestrictionLevel.MODERATELY_RESTRICTIVE),
    ('minimally-restrictive', icu.URestrictionLevel.MINIMALLY_RESTRICTIVE),
]

checker = icu.SpoofChecker()
allowed = icu.UnicodeSet(checker.getRecommendedUnicodeSet())
allowed.addAll(checker.getInclusionUnicodeSet())
checker.setAllowedUnicodeSet(allowed)
checker.setChecks(icu.USpoofChecks.RESTRICTION_LEVEL)


def level(text):
    for name, value in LEVELS:
        checker.setRestrictionLevel(value)
        if checker.check(text) == 0:
            return name
    return 'unrestricted'


strings = json.load(sys.stdin)
results = [[checker.getSkeleton(0, s), level(s)] for s in strings]
chars = {}
for s in strings:
    for c in s:
        if c not in chars:
            scx = ' '.join(sorted(icu.Script(x).getShortName() for x in icu.Script.getScriptExtensions(ord(c))))
            chars[c] = [checker.getSkeleton(0, c), allowed.contains(c), str(icu.Char.charAge(c)), scx]
json.dump({'icu': icu.ICU_VERSION, 'unicode': icu.UNICODE_VERSION, 'results': results, 'chars': chars}, sys.stdout, ensure_ascii=False)
