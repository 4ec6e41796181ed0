import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base.js';

export default defineConfig(
  packageConfig({
    index: 'src/index.ts',
    trie: 'src/trie/index.ts',
    'case-folding': 'src/case-folding/index.ts',
    han: 'src/han/index.ts',
  }),
);
