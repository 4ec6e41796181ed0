# Sourced by .ci/run: the Debian packages the tests need (the differential peers, the browser), installed when missing.
# - python3-email-validator: Python's email-validator, the e-mail differential (bench/test/email-differential.test.ts)
# - python3-icu: ICU's spoof checker through PyICU, the UTS #39 differential of @nomina/security
# - chromium: the browser the playground's tests drive through playwright-core (examples/test/playground.test.ts)
missing=()
/usr/bin/python3 -c 'import email_validator' 2>/dev/null || missing+=(python3-email-validator)
/usr/bin/python3 -c 'import icu' 2>/dev/null || missing+=(python3-icu)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[ci] installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
