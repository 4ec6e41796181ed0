// @nomina/ucd/trie — a compact code-point → integer table that other packages' generators can use:
// `encodeTrie(valueOf)` at build time gives a string to check in; `decodeTrie(string).get(cp)` at run time.
export { encodeTrie, type EncodeTrieOptions } from './encode.js';
export { CodePointTrie, decodeTrie } from './decode.js';
export { CODE_POINT_LIMIT, TRIE_FORMAT } from './format.js';
