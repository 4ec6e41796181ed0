export { UNICODE_VERSION } from '@nomina/ucd';
