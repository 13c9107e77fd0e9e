import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import { printSchemaSorted } from '../schema-sdl.js';
/** `npm run schema`: writes the emitted SDL to schema/schema.graphql (a test fails when it drifts). */
writeFileSync(join(PROJECT_ROOT, 'schema', 'schema.graphql'), await printSchemaSorted());
//# sourceMappingURL=emit-schema.js.map