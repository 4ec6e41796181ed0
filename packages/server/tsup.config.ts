import { defineConfig } from 'tsup';
import { packageConfig } from '../../tsup.base.js';

// Node only (an HTTP server): node: built-ins and the dependencies stay imports.
export default defineConfig(packageConfig({ index: 'src/index.ts' }, { platform: 'node' }));
