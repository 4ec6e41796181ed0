// Subpath entry `@nomina/langtag/display`: display names (Intl.DisplayNames, else the registry's English).
export { displayName, registryDescription } from './display/display-name.js';
