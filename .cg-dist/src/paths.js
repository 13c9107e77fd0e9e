import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** The project root (holding package.json and cypher/), found from this file in src/ or dist/src/. */
export const PROJECT_ROOT = (() => {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'cypher')) || !existsSync(join(dir, 'package.json'))) {
        const up = dirname(dir);
        if (up === dir)
            throw new Error('cannot find the project root (cypher/ and package.json)');
        dir = up;
    }
    return dir;
})();
//# sourceMappingURL=paths.js.map