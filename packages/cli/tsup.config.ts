import { copyFileSync, mkdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base.js';

export default defineConfig(
  packageConfig(
    { index: 'src/index.ts', nomina: 'src/nomina.ts' },
    {
      platform: 'node',
      target: 'node20',
      // `nomina demo` reads its sample from dist/examples/ in an installed package (files: ["dist"]).
      async onSuccess() {
        mkdirSync('dist/examples', { recursive: true });
        copyFileSync('../../examples/names.txt', 'dist/examples/names.txt');
      },
    },
  ),
);
