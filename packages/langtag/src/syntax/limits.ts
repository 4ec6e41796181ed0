/**
 * Longest tag `parse` accepts, in UTF-16 code units. RFC 5646 §4.4.1 asks implementations to
 * handle at least 35 characters, and real tags with -u/-t extensions stay under ~150; 1024 leaves
 * ample room while bounding the work (and the arrays built) for hostile input.
 */
export const MAX_TAG_LENGTH = 1024;

