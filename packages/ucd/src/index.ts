export const UNICODE_VERSION = '17.0.0';
