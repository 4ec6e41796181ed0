/** Most desired tags `match` reads (an Accept-Language header rarely lists more than ten). */
export const MAX_DESIRED = 64;
/** Most supported tags `match` compares against (CLDR itself has about 1,000 locales). */
export const MAX_SUPPORTED = 10_000;
