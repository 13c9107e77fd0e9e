import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { printSchemaSorted } from '../../src/schema-sdl.js';

it('schema/schema.graphql is the SDL the code emits (run `npm run schema` after changing types)', async () => {
  const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
  expect(await printSchemaSorted()).toBe(committed);
});
