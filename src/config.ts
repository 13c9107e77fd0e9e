import { availableParallelism } from 'node:os';

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
}

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
  /** LadybugDB buffer pool in MiB (0: the engine's default, ~80 % of RAM, used as needed) */
  bufferPoolMb: number;
  logLevel: string;
  defaults: AnalyticsDefaults;
  /** NODE_ENV=production: introspection and field suggestions off */
  production: boolean;
  /** identity (DESIGN §7 "Who"); with none of secret, JWKS or keys file entries the server runs open, on loopback only */
  auth: {
    jwtSecret: string | null;
    jwksUrl: string | null;
    issuer: string | null;
    audience: string | null;
    keysFile: string;
  };
  corsOrigins: string[];
  limits: { maxCost: number; maxAliases: number; maxTokens: number; maxBodyBytes: number; maxImportBytes?: number };
  checkpoint: { walMb: number; seconds: number };
}

export const DEFAULT_ANALYTICS: AnalyticsDefaults = {
  minStrength: 0.3,
  maxAgeDays: 365,
  formalStrength: 0.8,
  maxHops: 4,
  k: 3,
  minInfluence: 0.5,
};

function num(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, got "${raw}"`);
  return value;
}

/** Reads the configuration; throws on a malformed value so start-up fails loudly. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const neo4jUri = env.NEO4J_URI ?? '';
  const engine = (env.KAMGRAPH_ENGINE as Config['engine'] | undefined) ?? (neo4jUri ? 'neo4j' : 'ladybug');
  if (engine !== 'ladybug' && engine !== 'neo4j') throw new Error(`KAMGRAPH_ENGINE must be ladybug or neo4j, got "${engine}"`);
  return {
    port: num(env, 'PORT', 4000),
    host: env.HOST ?? '127.0.0.1',
    engine,
    dbPath: env.KAMGRAPH_DB_PATH ?? './data/kamgraph.lbug',
    neo4j: {
      uri: neo4jUri || 'bolt://localhost:7687',
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    },
    seedDemoWhenEmpty: (env.KAMGRAPH_SEED_DEMO ?? 'true') !== 'false',
    maxQueryDepth: num(env, 'KAMGRAPH_MAX_QUERY_DEPTH', 10),
    // other API instances may write to a shared Neo4j; the embedded store has one writer: this process
    projectionRefreshSeconds: num(env, 'KAMGRAPH_PROJECTION_REFRESH_SECONDS', engine === 'neo4j' ? 60 : 0),
    workers: num(env, 'KAMGRAPH_WORKERS', availableParallelism()),
    bufferPoolMb: num(env, 'KAMGRAPH_BUFFER_POOL_MB', 0),
    logLevel: env.LOG_LEVEL ?? 'info',
    production: env.NODE_ENV === 'production',
    auth: {
      jwtSecret: env.KAMGRAPH_JWT_SECRET || null,
      jwksUrl: env.KAMGRAPH_JWKS_URL || null,
      issuer: env.KAMGRAPH_JWT_ISSUER || null,
      audience: env.KAMGRAPH_JWT_AUDIENCE || null,
      keysFile: env.KAMGRAPH_KEYS_FILE || `${env.KAMGRAPH_DB_PATH ?? './data/kamgraph.lbug'}.keys.json`,
    },
    corsOrigins: (env.KAMGRAPH_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    limits: {
      maxCost: num(env, 'KAMGRAPH_MAX_COST', 20000),
      maxAliases: num(env, 'KAMGRAPH_MAX_ALIASES', 30),
      maxTokens: num(env, 'KAMGRAPH_MAX_TOKENS', 2000),
      maxBodyBytes: num(env, 'KAMGRAPH_MAX_BODY_BYTES', 100_000),
    },
    checkpoint: { walMb: num(env, 'KAMGRAPH_CHECKPOINT_WAL_MB', 64), seconds: num(env, 'KAMGRAPH_CHECKPOINT_SECONDS', 300) },
    defaults: {
      minStrength: num(env, 'KAMGRAPH_MIN_STRENGTH', DEFAULT_ANALYTICS.minStrength),
      maxAgeDays: num(env, 'KAMGRAPH_MAX_AGE_DAYS', DEFAULT_ANALYTICS.maxAgeDays),
      formalStrength: num(env, 'KAMGRAPH_FORMAL_STRENGTH', DEFAULT_ANALYTICS.formalStrength),
      maxHops: num(env, 'KAMGRAPH_MAX_HOPS', DEFAULT_ANALYTICS.maxHops),
      k: num(env, 'KAMGRAPH_K', DEFAULT_ANALYTICS.k),
      minInfluence: num(env, 'KAMGRAPH_MIN_INFLUENCE', DEFAULT_ANALYTICS.minInfluence),
    },
  };
}
