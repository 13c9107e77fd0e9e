import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { INTERACTION_KINDS, type InteractionKind } from './domain/enums.js';
import { DEFAULT_STRENGTH, type StrengthParams } from './domain/strength.js';
import { DEFAULT_MAX_ACCOUNTS_PER_KAM, DEFAULT_SPLIT, DEFAULT_WEIGHTS, type MatrixWeights } from './modules/commercial/commercial.metrics.js';

/**
 * Process configuration, read once from the environment. Every variable is
 * documented in README.md § Configuration.
 */
export interface AnalyticsDefaults {
  /** DESIGN §3 "Effective relationship": minimum KNOWS strength. */
  minStrength: number;
  /** DESIGN §3 "Effective relationship": maximum age of lastContactAt, in days. */
  maxAgeDays: number;
  /** DESIGN §3 "Influence path": strength given to a REPORTS_TO edge. */
  formalStrength: number;
  /** DESIGN §3 "Influence path": maximum number of edges. */
  maxHops: number;
  /** DESIGN §3 "Influence path": number of distinct paths returned. */
  k: number;
  /** DESIGN §3 "Single-contact risk": informal influence threshold. */
  minInfluence: number;
  /** DESIGN §4 "Derived strength": half-life, saturation and kind weights. */
  strength: StrengthParams;
  /** DESIGN §4 "Signals and the 24-hour rule": hours top management has to acknowledge a signal. */
  escalationHours: number;
  /** DESIGN §5: "can we say no?", price mix, account analysis matrix, KAM load (docs/commercial.md). */
  commercial: CommercialParams;
}

/** DESIGN §5's parameters (the shape `CommercialService` takes; defaults in commercial.metrics.ts). */
export interface CommercialParams {
  dependencyShare: number;
  newWithinMonths: number;
  matrixSplit: number;
  matrixWeights: MatrixWeights;
  maxAccountsPerKam: number;
}

export const DEFAULT_COMMERCIAL: CommercialParams = {
  dependencyShare: 0.1, newWithinMonths: 24, matrixSplit: DEFAULT_SPLIT, matrixWeights: DEFAULT_WEIGHTS, maxAccountsPerKam: DEFAULT_MAX_ACCOUNTS_PER_KAM,
};

export interface Config {
  port: number;
  host: string;
  /** `ladybug` (embedded, default) or `neo4j` (chosen when NEO4J_URI is set). */
  engine: 'ladybug' | 'neo4j';
  dbPath: string;
  neo4j: { uri: string; user: string; password: string; database?: string };
  seedDemoWhenEmpty: boolean;
  maxQueryDepth: number;
  /** rebuild the read model from the store after this many seconds (0: only on start) */
  projectionRefreshSeconds: number;
  /** worker threads for heavy analytics (0: run them on the main thread) */
  workers: number;
  /** LadybugDB buffer pool in MiB (default 512; 0: the engine's default, ~80 % of RAM) */
  bufferPoolMb: number;
  logLevel: string;
  defaults: AnalyticsDefaults;
  /** NODE_ENV=production: introspection and field suggestions off */
  production: boolean;
  /** how operations execute: COMPILED with graphql-jit (default) or INTERPRETED by graphql-js (docs/decisions.md "Compiled execution") */
  execution: 'compiled' | 'interpreted';
  /** identity (DESIGN §7 "Who"); with none of secret, JWKS or keys file entries the server runs open, on loopback only */
  auth: {
    /** HS256 shared secret for bearer JWTs */
    jwtSecret: string | null;
    /** an issuer's JWKS URL for bearer JWTs (RS256/ES256…) */
    jwksUrl: string | null;
    /** required `iss` and `aud` claims (checked when set) */
    issuer: string | null;
    audience: string | null;
    /** API keys (hashes only), written by `kamgraph keys` */
    keysFile: string;
  };
  /** origins allowed by CORS (none by default) */
  corsOrigins: string[];
  /** limits checked before execution (DESIGN §7 "Limits") */
  /** maxImportBytes: the largest zip `POST /import` accepts */
  limits: { maxCost: number; maxAliases: number; maxTokens: number; maxBodyBytes: number; maxImportBytes?: number };
  /**
   * store checkpoint policy: when the WAL passes this size, or this often, and at shutdown; `guard` copies
   * the file aside before each one (docs/decisions.md "Checkpoints and kill -9")
   */
  checkpoint: { walMb: number; seconds: number; guard: boolean };
}

export const DEFAULT_ANALYTICS: AnalyticsDefaults = {
  minStrength: 0.3,
  maxAgeDays: 365,
  formalStrength: 0.8,
  maxHops: 4,
  k: 3,
  minInfluence: 0.5,
  strength: DEFAULT_STRENGTH,
  escalationHours: 24,
  commercial: DEFAULT_COMMERCIAL,
};

/** pino's levels: what `LOG_LEVEL` may be. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Default cap on LadybugDB's buffer pool, MiB (docs/decisions.md "Checkpoints, shutdown and seeding"). */
export const DEFAULT_BUFFER_POOL_MB = 512;

// ---------------------------------------------------------------- one schema per variable
// Every variable is a string or absent; empty counts as absent (its default). Each schema turns the raw
// string into the value with a message that says what is allowed; `loadConfig` prefixes the name and the value.

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const range = (min: number, max: number) => (max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`);

/** An integer in [min, max]. */
function int(fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) {
  const must = `must be an integer ${range(min, max)}`;
  return z.preprocess(
    blank,
    z.coerce.number({ error: must }).int({ error: must }).min(min, { error: must }).max(max, { error: must }).default(fallback),
  );
}

/** A number in [min, max] (the analytics' fractions). */
function decimal(fallback: number, min: number, max: number) {
  const must = `must be a number ${range(min, max)}`;
  return z.preprocess(blank, z.coerce.number({ error: must }).min(min, { error: must }).max(max, { error: must }).default(fallback));
}

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];
/** true/false, 1/0, yes/no (on/off), any case. */
function bool(fallback: boolean) {
  return z.preprocess(
    (v) => (typeof blank(v) === 'string' ? (v as string).trim().toLowerCase() : undefined),
    z.enum([...TRUE, ...FALSE], { error: 'must be true or false (also 1/0, yes/no, on/off)' }).optional()
      .transform((v) => (v === undefined ? fallback : TRUE.includes(v))),
  );
}

/** Free text (a path, a host name); default when absent. */
const text = (fallback: string) => z.preprocess(blank, z.string().default(fallback));
/** Free text, or null when absent. */
const optionalText = () => z.preprocess(blank, z.string().optional()).transform((v) => v ?? null);

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof blank(v) === 'string' ? (v as string).trim() : undefined), z.enum(values, { error: `must be one of ${values.join(', ')}` }).optional());

const neo4jUri = z.preprocess(
  blank,
  z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, { error: 'must be a bolt:// or neo4j:// URI (optionally +s or +ssc)' }).optional(),
);

const httpUrl = (what: string) => z.preprocess(
  blank,
  z.string().refine((v) => { try { return /^https?:$/.test(new URL(v).protocol); } catch { return false; } }, { error: `must be ${what}` }).optional(),
).transform((v) => v ?? null);

/** Comma-separated origins, each `http(s)://host[:port]`. */
const origins = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : []),
  z.array(
    z.string().refine((o) => { try { const u = new URL(o); return /^https?:$/.test(u.protocol) && u.origin === o.replace(/\/$/, ''); } catch { return false; } },
      { error: 'must be a comma-separated list of origins like https://app.example.com (scheme, host, optional port; no path)' }),
  ),
).transform((list) => list.map((o) => o.replace(/\/$/, '')));

/** `MEETING=1,CALL=0.5`: weights of the kinds named (each 0..10); the others keep their defaults. */
const kindWeights = z.preprocess(blank, z.string().optional()).transform((v, ctx): Record<InteractionKind, number> => {
  const out = { ...DEFAULT_STRENGTH.weights };
  for (const part of (v ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
    const [k, w] = part.split('=').map((x) => x.trim());
    const n = Number(w);
    if (!(INTERACTION_KINDS as readonly string[]).includes(k) || w === undefined || w === '' || !Number.isFinite(n) || n < 0 || n > 10) {
      ctx.addIssue({ code: 'custom', message: `must be KIND=weight pairs separated by commas, KIND one of ${INTERACTION_KINDS.join(', ')}, weight from 0 to 10` });
      return out;
    }
    out[k as InteractionKind] = n;
  }
  return out;
});

/** `turnover,margin,image`, e.g. `0.4,0.4,0.2`: the weights of the account analysis matrix's potential (each ≥ 0, not all 0). */
const matrixWeights = z.preprocess(blank, z.string().optional()).transform((v, ctx): MatrixWeights => {
  if (v === undefined) return { ...DEFAULT_COMMERCIAL.matrixWeights };
  const parts = v.split(',').map((x) => Number(x.trim()));
  if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x) || x < 0) || parts.every((x) => x === 0)) {
    ctx.addIssue({ code: 'custom', message: 'must be three weights turnover,margin,image, each ≥ 0 and not all 0, e.g. 0.4,0.4,0.2' });
    return { ...DEFAULT_COMMERCIAL.matrixWeights };
  }
  return { turnover: parts[0], margin: parts[1], image: parts[2] };
});

/** Every variable the service reads, with its schema. Exported for the tests and the README check. */
export const ENV_SCHEMA = z.object({
  PORT: int(4000, 0, 65535),
  HOST: text('127.0.0.1'),
  NODE_ENV: optionalText(),
  KAMGRAPH_ENGINE: oneOf(['ladybug', 'neo4j'] as const),
  KAMGRAPH_DB_PATH: text('./data/kamgraph.lbug'),
  KAMGRAPH_EXECUTION: oneOf(['compiled', 'interpreted'] as const),
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
  KAMGRAPH_CHECKPOINT_GUARD: bool(true),
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
  KAMGRAPH_DEPENDENCY_SHARE: decimal(DEFAULT_COMMERCIAL.dependencyShare, 0, 1),
  KAMGRAPH_NEW_WITHIN_MONTHS: int(DEFAULT_COMMERCIAL.newWithinMonths, 1, 240),
  KAMGRAPH_MATRIX_SPLIT: decimal(DEFAULT_COMMERCIAL.matrixSplit, 0, 100),
  KAMGRAPH_MATRIX_WEIGHTS: matrixWeights,
  KAMGRAPH_MAX_ACCOUNTS_PER_KAM: int(DEFAULT_COMMERCIAL.maxAccountsPerKam, 1, 1000),
});

/** Thrown by `loadConfig`: one line per bad variable, all of them at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration (${problems.length} variable${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the configuration from the environment. Every variable is checked
 * against its schema; when any is malformed it throws one `ConfigError`
 * listing each bad variable as `NAME: reason (got "value")`, so start-up
 * fails loudly and says everything that needs fixing.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ENV_SCHEMA.safeParse(env);
  if (!parsed.success) {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? '(environment)');
      if (seen.has(name)) continue; // one line per variable
      seen.add(name);
      problems.push(`${name}: ${issue.message} (got ${JSON.stringify(env[name] ?? '')})`);
    }
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const neo4jUri = e.NEO4J_URI ?? '';
  const engine: Config['engine'] = e.KAMGRAPH_ENGINE ?? (neo4jUri ? 'neo4j' : 'ladybug');
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
    execution: e.KAMGRAPH_EXECUTION ?? 'compiled',
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
    checkpoint: { walMb: e.KAMGRAPH_CHECKPOINT_WAL_MB, seconds: e.KAMGRAPH_CHECKPOINT_SECONDS, guard: e.KAMGRAPH_CHECKPOINT_GUARD },
    defaults: {
      minStrength: e.KAMGRAPH_MIN_STRENGTH,
      maxAgeDays: e.KAMGRAPH_MAX_AGE_DAYS,
      formalStrength: e.KAMGRAPH_FORMAL_STRENGTH,
      maxHops: e.KAMGRAPH_MAX_HOPS,
      k: e.KAMGRAPH_K,
      minInfluence: e.KAMGRAPH_MIN_INFLUENCE,
      strength: { halfLifeDays: e.KAMGRAPH_HALF_LIFE_DAYS, saturation: e.KAMGRAPH_SATURATION, weights: e.KAMGRAPH_KIND_WEIGHTS },
      escalationHours: e.KAMGRAPH_ESCALATION_HOURS,
      commercial: {
        dependencyShare: e.KAMGRAPH_DEPENDENCY_SHARE, newWithinMonths: e.KAMGRAPH_NEW_WITHIN_MONTHS, matrixSplit: e.KAMGRAPH_MATRIX_SPLIT,
        matrixWeights: e.KAMGRAPH_MATRIX_WEIGHTS, maxAccountsPerKam: e.KAMGRAPH_MAX_ACCOUNTS_PER_KAM,
      },
    },
  };
}
