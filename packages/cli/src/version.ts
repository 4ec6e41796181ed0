// `nomina --version`: the package version (read from package.json when the CLI is built, never typed in)
// and the version of every data set the commands use, from the constants the packages export.
import packageJson from '../package.json' with { type: 'json' };

/** The version of @nomina/cli (bundled from its package.json at build time). */
export const VERSION: string = packageJson.version;

/** `nomina 0.1.0` and one line per data set. Loads the data packages' version constants only. */
export async function versionText(): Promise<string> {
  const [ucd, idna, langtag, langid, langidFull, keywords] = await Promise.all([
    import('@nomina/ucd'),
    import('@nomina/idna'),
    import('@nomina/langtag'),
    import('@nomina/langid'),
    import('@nomina/langid/full'),
    import('@nomina/keywords'),
  ]);
  return [
    `nomina ${VERSION}`,
    `Unicode ${ucd.UNICODE_VERSION} (@nomina/ucd), UTS #46 ${idna.UTS46_VERSION} (@nomina/idna)`,
    `CLDR ${langtag.CLDR_VERSION}, IANA language subtag registry ${langtag.REGISTRY_DATE} (@nomina/langtag)`,
    `language identification model tiers: ${langid.TIER} (${langid.languages().length} languages), ${langidFull.TIER} (${langidFull.languages().length} languages); Han data Unicode ${langid.HAN_DATA_VERSION} (@nomina/langid)`,
    `keywords: fold profile ${keywords.FOLD_PROFILE_VERSION}, index format ${keywords.INDEX_FORMAT_VERSION}, case folding Unicode ${keywords.UNICODE_VERSION} (@nomina/keywords)`,
  ].join('\n');
}
