// The Unicode version of the fold profile's tables: case folding and Unihan variants come from
// @nomina/ucd (generated once there; see data/manifest.json), so keywords declares ucd's version.
export { UNICODE_VERSION } from '@nomina/ucd/case-folding';
