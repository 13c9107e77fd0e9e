import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_ANALYTICS, DEFAULT_BUFFER_POOL_MB, loadConfig } from '../../src/config.js';

/** The message loadConfig throws for this environment ('' when it does not throw). */
function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
}

/** The one problem reported for a single bad variable. */
function problem(name: string, value: string): string {
  const p = problems({ [name]: value });
  expect(p, `${name}=${value}`).toHaveLength(1);
  expect(p[0]).toMatch(new RegExp(`^${name}: `));
  expect(p[0]).toContain(`(got ${JSON.stringify(value)})`);
  return p[0];
}

describe('configuration (zod schema per variable)', () => {
  it('an empty environment gives the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      engine: 'ladybug',
      dbPath: './data/kamgraph.lbug',
      seedDemoWhenEmpty: true,
      maxQueryDepth: 10,
      projectionRefreshSeconds: 0,
      bufferPoolMb: DEFAULT_BUFFER_POOL_MB,
      logLevel: 'info',
      production: false,
      corsOrigins: [],
      checkpoint: { walMb: 64, seconds: 300, guard: true },
      limits: { maxCost: 10000, maxAliases: 30, maxTokens: 2000, maxBodyBytes: 100_000 },
      auth: { jwtSecret: null, jwksUrl: null, issuer: null, audience: null, keysFile: './data/kamgraph.lbug.keys.json' },
    });
    expect(c.defaults).toEqual(DEFAULT_ANALYTICS);
    expect(c.workers).toBeGreaterThanOrEqual(1);
    expect(c.neo4j).toEqual({ uri: 'bolt://localhost:7687', user: 'neo4j', password: '', database: undefined });
  });

  it('empty strings count as unset', () => {
    expect(loadConfig({ PORT: '', KAMGRAPH_K: ' ', LOG_LEVEL: '' })).toMatchObject({ port: 4000, logLevel: 'info', defaults: { k: 3 } });
  });

  it('reads good values', () => {
    const c = loadConfig({
      PORT: '0', HOST: '0.0.0.0', NEO4J_URI: 'neo4j+s://db.example:7687', NEO4J_DATABASE: 'kam', KAMGRAPH_SEED_DEMO: 'no',
      KAMGRAPH_MIN_STRENGTH: '0', KAMGRAPH_MAX_AGE_DAYS: '30', KAMGRAPH_FORMAL_STRENGTH: '1', KAMGRAPH_MAX_HOPS: '6', KAMGRAPH_K: '20',
      KAMGRAPH_MIN_INFLUENCE: '0.25', KAMGRAPH_WORKERS: '0', KAMGRAPH_BUFFER_POOL_MB: '0', LOG_LEVEL: 'silent', NODE_ENV: 'production',
      KAMGRAPH_CORS_ORIGINS: 'https://app.example.com, http://localhost:5173/', KAMGRAPH_CHECKPOINT_WAL_MB: '8', KAMGRAPH_CHECKPOINT_SECONDS: '60', KAMGRAPH_CHECKPOINT_GUARD: 'no',
      KAMGRAPH_MAX_COST: '500', KAMGRAPH_JWKS_URL: 'https://issuer.example/.well-known/jwks.json',
    });
    expect(c).toMatchObject({
      port: 0, host: '0.0.0.0', engine: 'neo4j', seedDemoWhenEmpty: false, workers: 0, bufferPoolMb: 0, logLevel: 'silent',
      production: true, projectionRefreshSeconds: 60, corsOrigins: ['https://app.example.com', 'http://localhost:5173'],
      checkpoint: { walMb: 8, seconds: 60, guard: false }, neo4j: { uri: 'neo4j+s://db.example:7687', database: 'kam' },
      defaults: { minStrength: 0, maxAgeDays: 30, formalStrength: 1, maxHops: 6, k: 20, minInfluence: 0.25 },
    });
    expect(c.limits.maxCost).toBe(500);
    expect(c.auth.jwksUrl).toBe('https://issuer.example/.well-known/jwks.json');
  });

  it.each([
    ['true', true], ['false', false], ['1', true], ['0', false], ['yes', true], ['no', false], ['YES', true], ['False', false],
  ])('KAMGRAPH_SEED_DEMO=%s is %s', (raw, value) => {
    expect(loadConfig({ KAMGRAPH_SEED_DEMO: raw }).seedDemoWhenEmpty).toBe(value);
  });

  it.each([
    ['PORT', '1.5', /integer from 0 to 65535/],
    ['PORT', '65536', /integer from 0 to 65535/],
    ['PORT', '-1', /integer from 0 to 65535/],
    ['PORT', 'http', /integer from 0 to 65535/],
    ['KAMGRAPH_MIN_STRENGTH', '5', /number from 0 to 1/],
    ['KAMGRAPH_MIN_STRENGTH', '-0.1', /number from 0 to 1/],
    ['KAMGRAPH_MIN_STRENGTH', 'strong', /number from 0 to 1/],
    ['KAMGRAPH_MIN_INFLUENCE', '1.01', /number from 0 to 1/],
    ['KAMGRAPH_FORMAL_STRENGTH', '2', /number from 0 to 1/],
    ['KAMGRAPH_K', '0', /integer from 1 to 20/],
    ['KAMGRAPH_K', '21', /integer from 1 to 20/],
    ['KAMGRAPH_K', '2.5', /integer from 1 to 20/],
    ['KAMGRAPH_MAX_HOPS', '0', /integer from 1 to 6/],
    ['KAMGRAPH_MAX_HOPS', '9', /integer from 1 to 6/],
    ['KAMGRAPH_MAX_AGE_DAYS', '0', /integer from 1 to/],
    ['KAMGRAPH_MAX_AGE_DAYS', '30.5', /integer from 1 to/],
    ['KAMGRAPH_KIND_WEIGHTS', 'MEETING=2,PHONE=1', /KIND=weight pairs/],
    ['KAMGRAPH_KIND_WEIGHTS', 'CALL=11', /KIND=weight pairs/],
    ['KAMGRAPH_HALF_LIFE_DAYS', '0', /number from 1 to/],
    ['KAMGRAPH_ESCALATION_HOURS', '0.5', /number from 1 to/],
    ['KAMGRAPH_MATRIX_WEIGHTS', '0.5,0.5', /three weights/],
    ['KAMGRAPH_MATRIX_WEIGHTS', '0,0,0', /three weights/],
    ['KAMGRAPH_DEPENDENCY_SHARE', '10', /number from 0 to 1/],
    ['KAMGRAPH_MAX_ACCOUNTS_PER_KAM', '0', /integer from 1 to 1000/],
    ['KAMGRAPH_SEED_DEMO', 'maybe', /true or false/],
    ['KAMGRAPH_SEED_DEMO', '2', /true or false/],
    ['LOG_LEVEL', 'verbose', /one of fatal, error, warn, info, debug, trace, silent/],
    ['KAMGRAPH_WORKERS', '65', /integer from 0 to 64/],
    ['KAMGRAPH_WORKERS', '-1', /integer from 0 to 64/],
    ['KAMGRAPH_WORKERS', 'many', /integer from 0 to 64/],
    ['KAMGRAPH_BUFFER_POOL_MB', '-5', /integer from 0/],
    ['KAMGRAPH_CHECKPOINT_WAL_MB', '0', /integer from 1/],
    ['KAMGRAPH_CHECKPOINT_SECONDS', '1.5', /integer from 1/],
    ['KAMGRAPH_MAX_COST', '0', /integer ≥ 1/],
    ['KAMGRAPH_MAX_ALIASES', '-3', /integer ≥ 1/],
    ['KAMGRAPH_MAX_TOKENS', 'lots', /integer ≥ 1/],
    ['KAMGRAPH_MAX_BODY_BYTES', '1e-3', /integer ≥ 1/],
    ['KAMGRAPH_MAX_QUERY_DEPTH', '0', /integer from 1 to 100/],
    ['KAMGRAPH_PROJECTION_REFRESH_SECONDS', '-1', /integer ≥ 0/],
    ['KAMGRAPH_ENGINE', 'postgres', /one of ladybug, neo4j/],
    ['KAMGRAPH_EXECUTION', 'jit', /one of compiled, interpreted/],
    ['NEO4J_URI', 'http://localhost:7474', /bolt:\/\/ or neo4j:\/\//],
    ['KAMGRAPH_CORS_ORIGINS', 'https://ok.example,*', /origins/],
    ['KAMGRAPH_CORS_ORIGINS', 'https://app.example.com/path', /origins/],
    ['KAMGRAPH_JWKS_URL', 'not a url', /URL/],
  ])('%s=%s is refused', (name, value, reason) => {
    expect(problem(name, value)).toMatch(reason);
  });

  it('reports every bad variable at once, one line each, in one error', () => {
    const env = { PORT: '1.5', KAMGRAPH_MIN_STRENGTH: '5', KAMGRAPH_K: '0', KAMGRAPH_SEED_DEMO: 'perhaps', LOG_LEVEL: 'verbose', KAMGRAPH_MAX_HOPS: '4' };
    let message = '';
    try {
      loadConfig(env);
    } catch (e) {
      message = (e as Error).message;
    }
    const lines = message.split('\n');
    expect(lines[0]).toBe('invalid configuration (5 variables):');
    expect(lines.slice(1).map((l) => l.trim().split(':')[0]).sort()).toEqual(['KAMGRAPH_K', 'KAMGRAPH_MIN_STRENGTH', 'KAMGRAPH_SEED_DEMO', 'LOG_LEVEL', 'PORT']);
    expect(message).toContain('PORT: must be an integer from 0 to 65535 (got "1.5")');
    expect(message).toContain('LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")');
  });

  const main = fileURLToPath(new URL('../../dist/src/main.js', import.meta.url));
  it.skipIf(!existsSync(main))('the server refuses to start with a bad variable, saying which (a bad LOG_LEVEL no longer throws at import)', () => {
    const r = spawnSync(process.execPath, [main], {
      env: { ...process.env, PORT: '1.5', LOG_LEVEL: 'verbose', KAMGRAPH_K: '0', KAMGRAPH_DB_PATH: ':memory:' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).toContain('PORT: must be an integer from 0 to 65535');
    expect(out).toContain('LOG_LEVEL: must be one of');
    expect(out).toContain('KAMGRAPH_K: must be an integer from 1 to 20');
  });
});

describe('activity and commercial parameters', () => {
  it('kind weights name only the kinds they change; the matrix weights are turnover,margin,image', () => {
    const c = loadConfig({ KAMGRAPH_KIND_WEIGHTS: 'CALL=0.5, EMAIL=0', KAMGRAPH_HALF_LIFE_DAYS: '60', KAMGRAPH_MATRIX_WEIGHTS: '0.5,0.3,0.2', KAMGRAPH_MAX_ACCOUNTS_PER_KAM: '4' });
    expect(c.defaults.strength).toEqual({ halfLifeDays: 60, saturation: 2, weights: { MEETING: 1, VISIT: 1, CALL: 0.5, EVENT: 0.4, EMAIL: 0 } });
    expect(c.defaults.commercial).toMatchObject({ matrixWeights: { turnover: 0.5, margin: 0.3, image: 0.2 }, maxAccountsPerKam: 4, dependencyShare: 0.1 });
    expect(loadConfig({}).defaults.escalationHours).toBe(24);
  });
});
