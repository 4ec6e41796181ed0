import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base.js';

export default defineConfig(
  packageConfig({ index: 'src/index.ts', internals: 'src/internals.ts', postgres: 'src/postgres.ts' }),
);
