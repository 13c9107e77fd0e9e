import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// type-graphql reads decorator metadata; esbuild does not emit it, so tests
// compile with SWC exactly as `tsc` does for the build (same tsconfig flags).
export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      },
    }),
  ],
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
  },
});
