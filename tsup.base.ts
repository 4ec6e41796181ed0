// Shared tsup settings: every package builds ESM + .d.ts for browsers and Node alike.
import type { Options } from 'tsup';

export function packageConfig(entry: Record<string, string>, extra: Partial<Options> = {}): Options {
  return {
    entry,
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    ...extra,
  };
}
