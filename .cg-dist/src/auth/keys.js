import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { ROLES } from './identity.js';
/**
 * API keys for programs (docs/access.md "API keys"): a key is shown once, at
 * creation; the keys file keeps only its SHA-256 (keys are 32 random bytes,
 * so a fast hash is enough: nothing to brute-force). The file lives next to
 * the database (KAMGRAPH_KEYS_FILE) and is re-read when it changes, so
 * `kamgraph keys create|revoke` takes effect on a running server.
 */
const KeyEntry = z.object({
    id: z.string(),
    name: z.string(),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    role: z.enum(ROLES),
    accounts: z.array(z.string()).nullable(),
    personId: z.string().nullable(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
});
const KeysFile = z.object({ keys: z.array(KeyEntry) });
export const KEY_PREFIX = 'kg_';
const sha256 = (s) => createHash('sha256').update(s).digest('hex');
export function readKeys(file) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return [];
        throw e;
    }
    const parsed = KeysFile.safeParse(JSON.parse(text));
    if (!parsed.success)
        throw new Error(`${file} is not a kamgraph keys file: ${parsed.error.issues[0]?.message}`);
    return parsed.data.keys;
}
function writeKeys(file, keys) {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ keys }, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, file); // atomic: a running server never reads half a file
}
/** Creates a key; returns the entry and the key itself, which is never stored. */
export function createKey(file, spec) {
    const keys = readKeys(file);
    const id = randomBytes(6).toString('hex');
    const key = `${KEY_PREFIX}${id}_${randomBytes(32).toString('base64url')}`;
    const entry = {
        id, name: spec.name, hash: sha256(key), role: spec.role, accounts: spec.accounts ?? null, personId: spec.personId ?? null,
        createdAt: new Date().toISOString(), revokedAt: null,
    };
    writeKeys(file, [...keys, entry]);
    return { entry, key };
}
/** Revokes a key by id; false when there is no such active key. */
export function revokeKey(file, id) {
    const keys = readKeys(file);
    const k = keys.find((x) => x.id === id && !x.revokedAt);
    if (!k)
        return false;
    k.revokedAt = new Date().toISOString();
    writeKeys(file, keys);
    return true;
}
/** The active keys of a file, re-read when its modification time changes (checked at most once a second). */
export class KeyRing {
    constructor(file) {
        this.file = file;
        this.byHash = new Map();
        this.mtime = -1;
        this.checkedAt = 0;
        this.reload();
    }
    reload() {
        let m = -1;
        try {
            m = statSync(this.file).mtimeMs;
        }
        catch { /* no file: no keys */ }
        if (m === this.mtime)
            return;
        this.mtime = m;
        this.byHash = new Map(readKeys(this.file).filter((k) => !k.revokedAt).map((k) => [k.hash, k]));
    }
    /** true when at least one active key exists */
    get size() {
        this.maybeReload();
        return this.byHash.size;
    }
    maybeReload() {
        const now = Date.now();
        if (now - this.checkedAt < 1000)
            return;
        this.checkedAt = now;
        this.reload();
    }
    find(key) {
        this.maybeReload();
        const h = sha256(key);
        const k = this.byHash.get(h);
        // the map lookup already matched; the constant-time compare keeps the final check free of timing signal
        return k && timingSafeEqual(Buffer.from(k.hash, 'hex'), Buffer.from(h, 'hex')) ? k : null;
    }
}
//# sourceMappingURL=keys.js.map