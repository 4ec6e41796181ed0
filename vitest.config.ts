import { defineConfig } from 'vitest/config';

// Tests import workspace packages from their TypeScript sources through the "@nomina/source"
// export condition, so `vitest` needs no prior build. Only that custom condition is added: vitest
// passes resolve conditions on to Node, where an extra "import" would make `require` pick ESM files.
const conditions = ['@nomina/source', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'bench/test/**/*.test.ts',
      'examples/test/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
