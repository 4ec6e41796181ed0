// Subpath entry `@nomina/langtag/likely`: UTS #35 likely subtags (maximize, minimize).
export { maximize, minimize, type MinimizeOptions } from './likely/likely.js';
export type { TagResult } from './result.js';
export { CLDR_VERSION } from './data/version.js';
export { parentLocale, fallbackChain } from './inheritance/parent-locales.js';
