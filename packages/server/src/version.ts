// The versions a client may want to pin: the server's (from package.json at build time) and the data's.
import { IDNA2008_UNICODE_VERSION, UTS46_VERSION } from '@nomina/idna';
import { FOLD_PROFILE_VERSION } from '@nomina/keywords';
import { CLDR_VERSION, REGISTRY_DATE } from '@nomina/langtag';
import { SECURITY_DATA_VERSION } from '@nomina/security';
import packageJson from '../package.json' with { type: 'json' };

/** The version of @nomina/server. */
export const VERSION: string = packageJson.version;

export function versions() {
  return {
    server: VERSION,
    uts46: UTS46_VERSION,
    idna2008Unicode: IDNA2008_UNICODE_VERSION,
    cldr: CLDR_VERSION,
    languageSubtagRegistry: REGISTRY_DATE,
    security: SECURITY_DATA_VERSION,
    keywordFoldProfile: FOLD_PROFILE_VERSION,
  };
}
