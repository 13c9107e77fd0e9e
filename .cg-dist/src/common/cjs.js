import { createRequire } from 'node:module';
/**
 * graphology's algorithm packages are CommonJS with `export default` typings;
 * loading them through `require` gives the function itself under both Node
 * and vitest, where an ESM default import would give the module object.
 */
export const requireCjs = createRequire(import.meta.url);
//# sourceMappingURL=cjs.js.map