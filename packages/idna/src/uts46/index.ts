// UTS #46 Unicode IDNA Compatibility Processing (Unicode 17.0.0) and the URL Standard profile.
export { toASCII, type Uts46Result } from './to-ascii.js';
export { toUnicode, unicodeName } from './to-unicode.js';
export { domainToASCII, domainToUnicode, type UrlDomainOptions } from './url.js';
export { assertToASCII, assertToUnicode } from './assert.js';
export { DEFAULT_OPTIONS, type Uts46Options } from './options.js';
