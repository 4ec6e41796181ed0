import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base.js';

export default defineConfig(
  packageConfig({
    index: 'src/index.ts',
    parse: 'src/parse.ts',
    validate: 'src/validate.ts',
    canonicalize: 'src/canonicalize.ts',
    likely: 'src/likely.ts',
    match: 'src/match.ts',
    display: 'src/display.ts',
  }),
);
