import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// type-graphql reads decorator metadata; esbuild does not emit it, so tests
// compile with SWC exactly as `tsc` does for the build (same tsconfig flags).
const require = createRequire(import.meta.url);

export default defineConfig({
  // Node (tsc build) loads graphql's CommonJS entry for us and for type-graphql alike; Vite would
  // pick the .mjs one for our code only and the two copies' classes would not match.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
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
