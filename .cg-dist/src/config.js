import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { INTERACTION_KINDS } from './domain/enums.js';
import { DEFAULT_STRENGTH } from './domain/strength.js';
export const DEFAULT_ANALYTICS = {
    minStrength: 0.3,
    maxAgeDays: 365,
    formalStrength: 0.8,
    maxHops: 4,
    k: 3,
    minInfluence: 0.5,
    strength: DEFAULT_STRENGTH,
    escalationHours: 24,
};
/** pino's levels: what `LOG_LEVEL` may be. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
/** Default cap on LadybugDB's buffer pool, MiB (docs/decisions.md "Checkpoints, shutdown and seeding"). */
export const DEFAULT_BUFFER_POOL_MB = 512;
// ---------------------------------------------------------------- one schema per variable
// Every variable is a string or absent; empty counts as absent (its default). Each schema turns the raw
// string into the value with a message that says what is allowed; `loadConfig` prefixes the name and the value.
const blank = (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const range = (min, max) => (max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`);
/** An integer in [min, max]. */
function int(fallback, min, max = Number.MAX_SAFE_INTEGER) {
    const must = `must be an integer ${range(min, max)}`;
    return z.preprocess(blank, z.coerce.number({ error: must }).int({ error: must }).min(min, { error: must }).max(max, { error: must }).default(fallback));
}
/** A number in [min, max] (the analytics' fractions). */
function decimal(fallback, min, max) {
    const must = `must be a number ${range(min, max)}`;
    return z.preprocess(blank, z.coerce.number({ error: must }).min(min, { error: must }).max(max, { error: must }).default(fallback));
}
const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];
/** true/false, 1/0, yes/no (on/off), any case. */
function bool(fallback) {
    return z.preprocess((v) => (typeof blank(v) === 'string' ? v.trim().toLowerCase() : undefined), z.enum([...TRUE, ...FALSE], { error: 'must be true or false (also 1/0, yes/no, on/off)' }).optional()
        .transform((v) => (v === undefined ? fallback : TRUE.includes(v))));
}
/** Free text (a path, a host name); default when absent. */
const text = (fallback) => z.preprocess(blank, z.string().default(fallback));
/** Free text, or null when absent. */
const optionalText = () => z.preprocess(blank, z.string().optional()).transform((v) => v ?? null);
const oneOf = (values) => z.preprocess((v) => (typeof blank(v) === 'string' ? v.trim() : undefined), z.enum(values, { error: `must be one of ${values.join(', ')}` }).optional());
const neo4jUri = z.preprocess(blank, z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, { error: 'must be a bolt:// or neo4j:// URI (optionally +s or +ssc)' }).optional());
const httpUrl = (what) => z.preprocess(blank, z.string().refine((v) => { try {
    return /^https?:$/.test(new URL(v).protocol);
}
catch {
    return false;
} }, { error: `must be ${what}` }).optional()).transform((v) => v ?? null);
/** Comma-separated origins, each `http(s)://host[:port]`. */
const origins = z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : []), z.array(z.string().refine((o) => { try {
    const u = new URL(o);
    return /^https?:$/.test(u.protocol) && u.origin === o.replace(/\/$/, '');
}
catch {
    return false;
} }, { error: 'must be a comma-separated list of origins like https://app.example.com (scheme, host, optional port; no path)' }))).transform((list) => list.map((o) => o.replace(/\/$/, '')));
/** `MEETING=1,CALL=0.5`: weights of the kinds named (each 0..10); the others keep their defaults. */
const kindWeights = z.preprocess(blank, z.string().optional()).transform((v, ctx) => {
    const out = { ...DEFAULT_STRENGTH.weights };
    for (const part of (v ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
        const [k, w] = part.split('=').map((x) => x.trim());
        const n = Number(w);
        if (!INTERACTION_KINDS.includes(k) || w === undefined || w === '' || !Number.isFinite(n) || n < 0 || n > 10) {
            ctx.addIssue({ code: 'custom', message: `must be KIND=weight pairs separated by commas, KIND one of ${INTERACTION_KINDS.join(', ')}, weight from 0 to 10` });
            return out;
        }
        out[k] = n;
    }
    return out;
});
/** Every variable the service reads, with its schema. Exported for the tests and the README check. */
export const ENV_SCHEMA = z.object({
    PORT: int(4000, 0, 65535),
    HOST: text('127.0.0.1'),
    NODE_ENV: optionalText(),
    KAMGRAPH_ENGINE: oneOf(['ladybug', 'neo4j']),
    KAMGRAPH_DB_PATH: text('./data/kamgraph.lbug'),
    NEO4J_URI: neo4jUri,
    NEO4J_USER: text('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: optionalText(),
    KAMGRAPH_SEED_DEMO: bool(true),
    KAMGRAPH_MAX_QUERY_DEPTH: int(10, 1, 100),
    KAMGRAPH_PROJECTION_REFRESH_SECONDS: int(-1, 0),
    KAMGRAPH_WORKERS: int(-1, 0, 64),
    KAMGRAPH_BUFFER_POOL_MB: int(DEFAULT_BUFFER_POOL_MB, 0, 1024 * 1024),
    KAMGRAPH_CHECKPOINT_WAL_MB: int(64, 1, 64 * 1024),
    KAMGRAPH_CHECKPOINT_SECONDS: int(300, 1, 7 * 24 * 3600),
    LOG_LEVEL: oneOf(LOG_LEVELS),
    KAMGRAPH_JWT_SECRET: optionalText(),
    KAMGRAPH_JWKS_URL: httpUrl('an http(s) URL'),
    KAMGRAPH_JWT_ISSUER: optionalText(),
    KAMGRAPH_JWT_AUDIENCE: optionalText(),
    KAMGRAPH_KEYS_FILE: optionalText(),
    KAMGRAPH_CORS_ORIGINS: origins,
    KAMGRAPH_MAX_COST: int(10000, 1),
    KAMGRAPH_MAX_ALIASES: int(30, 1),
    KAMGRAPH_MAX_TOKENS: int(2000, 1),
    KAMGRAPH_MAX_BODY_BYTES: int(100_000, 1),
    KAMGRAPH_MAX_IMPORT_BYTES: int(256 * 2 ** 20, 1),
    KAMGRAPH_MIN_STRENGTH: decimal(DEFAULT_ANALYTICS.minStrength, 0, 1),
    KAMGRAPH_MAX_AGE_DAYS: int(DEFAULT_ANALYTICS.maxAgeDays, 1, 36_500),
    KAMGRAPH_FORMAL_STRENGTH: decimal(DEFAULT_ANALYTICS.formalStrength, 0, 1),
    // the API's own bounds for maxHops and k (docs/decisions.md "Influence engine")
    KAMGRAPH_MAX_HOPS: int(DEFAULT_ANALYTICS.maxHops, 1, 6),
    KAMGRAPH_K: int(DEFAULT_ANALYTICS.k, 1, 20),
    KAMGRAPH_MIN_INFLUENCE: decimal(DEFAULT_ANALYTICS.minInfluence, 0, 1),
    KAMGRAPH_HALF_LIFE_DAYS: decimal(DEFAULT_STRENGTH.halfLifeDays, 1, 36_500),
    KAMGRAPH_SATURATION: decimal(DEFAULT_STRENGTH.saturation, 0.01, 1000),
    KAMGRAPH_KIND_WEIGHTS: kindWeights,
    KAMGRAPH_ESCALATION_HOURS: decimal(DEFAULT_ANALYTICS.escalationHours, 1, 24 * 365),
});
/** Thrown by `loadConfig`: one line per bad variable, all of them at once. */
export class ConfigError extends Error {
    constructor(problems) {
        super(`invalid configuration (${problems.length} variable${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
/**
 * Reads the configuration from the environment. Every variable is checked
 * against its schema; when any is malformed it throws one `ConfigError`
 * listing each bad variable as `NAME: reason (got "value")`, so start-up
 * fails loudly and says everything that needs fixing.
 */
export function loadConfig(env = process.env) {
    const parsed = ENV_SCHEMA.safeParse(env);
    if (!parsed.success) {
        const seen = new Set();
        const problems = [];
        for (const issue of parsed.error.issues) {
            const name = String(issue.path[0] ?? '(environment)');
            if (seen.has(name))
                continue; // one line per variable
            seen.add(name);
            problems.push(`${name}: ${issue.message} (got ${JSON.stringify(env[name] ?? '')})`);
        }
        throw new ConfigError(problems);
    }
    const e = parsed.data;
    const neo4jUri = e.NEO4J_URI ?? '';
    const engine = e.KAMGRAPH_ENGINE ?? (neo4jUri ? 'neo4j' : 'ladybug');
    return {
        port: e.PORT,
        // loopback unless told otherwise: off loopback the server requires identity (DESIGN §7 "Protected mode")
        host: e.HOST,
        engine,
        dbPath: e.KAMGRAPH_DB_PATH,
        neo4j: {
            uri: neo4jUri || 'bolt://localhost:7687',
            user: e.NEO4J_USER,
            password: e.NEO4J_PASSWORD ?? '',
            database: e.NEO4J_DATABASE ?? undefined,
        },
        seedDemoWhenEmpty: e.KAMGRAPH_SEED_DEMO,
        maxQueryDepth: e.KAMGRAPH_MAX_QUERY_DEPTH,
        // other API instances may write to a shared Neo4j; the embedded store has one writer: this process
        projectionRefreshSeconds: e.KAMGRAPH_PROJECTION_REFRESH_SECONDS >= 0 ? e.KAMGRAPH_PROJECTION_REFRESH_SECONDS : engine === 'neo4j' ? 60 : 0,
        workers: e.KAMGRAPH_WORKERS >= 0 ? e.KAMGRAPH_WORKERS : Math.min(64, availableParallelism()),
        bufferPoolMb: e.KAMGRAPH_BUFFER_POOL_MB,
        logLevel: e.LOG_LEVEL ?? 'info',
        production: e.NODE_ENV === 'production',
        auth: {
            jwtSecret: e.KAMGRAPH_JWT_SECRET,
            jwksUrl: e.KAMGRAPH_JWKS_URL,
            issuer: e.KAMGRAPH_JWT_ISSUER,
            audience: e.KAMGRAPH_JWT_AUDIENCE,
            keysFile: e.KAMGRAPH_KEYS_FILE ?? `${e.KAMGRAPH_DB_PATH}.keys.json`,
        },
        corsOrigins: e.KAMGRAPH_CORS_ORIGINS,
        limits: {
            maxCost: e.KAMGRAPH_MAX_COST,
            maxAliases: e.KAMGRAPH_MAX_ALIASES,
            maxTokens: e.KAMGRAPH_MAX_TOKENS,
            maxBodyBytes: e.KAMGRAPH_MAX_BODY_BYTES,
            maxImportBytes: e.KAMGRAPH_MAX_IMPORT_BYTES,
        },
        checkpoint: { walMb: e.KAMGRAPH_CHECKPOINT_WAL_MB, seconds: e.KAMGRAPH_CHECKPOINT_SECONDS },
        defaults: {
            minStrength: e.KAMGRAPH_MIN_STRENGTH,
            maxAgeDays: e.KAMGRAPH_MAX_AGE_DAYS,
            formalStrength: e.KAMGRAPH_FORMAL_STRENGTH,
            maxHops: e.KAMGRAPH_MAX_HOPS,
            k: e.KAMGRAPH_K,
            minInfluence: e.KAMGRAPH_MIN_INFLUENCE,
            strength: { halfLifeDays: e.KAMGRAPH_HALF_LIFE_DAYS, saturation: e.KAMGRAPH_SATURATION, weights: e.KAMGRAPH_KIND_WEIGHTS },
            escalationHours: e.KAMGRAPH_ESCALATION_HOURS,
        },
    };
}
//# sourceMappingURL=config.js.map