import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AnalyticsDefaults } from '../config.js';
import { DomainError, type ErrorCode } from '../errors.js';
import { logger } from '../logger.js';
import { PROJECT_ROOT } from '../paths.js';
import { ChangeLog } from '../readmodel/change-log.js';
import type { ReadModelHost } from '../readmodel/host.js';
import type { ReadScope } from '../readmodel/scoped-graph.js';

/** The analytics that run on worker threads: the ones whose cost grows with the graph or the portfolio. */
export const OFFLOADED = [
  'coverage.risksOf', 'coverage.departureImpact', 'coverage.summariesOf', 'coverage.portfolioPoint', 'coverage.coverageTrend',
  'influence.influencePaths', 'influence.bestIntroductions', 'influence.influenceRanking', 'influence.hiddenInfluencers',
] as const;
export type OffloadedMethod = (typeof OFFLOADED)[number];

export interface PoolTask {
  method: OffloadedMethod;
  args: unknown[];
  /** how many changes of the log the replica must have applied first (read-your-writes) */
  upto: number;
  /** the caller's read scope: the worker reads its replica through the same rule (docs/access.md) */
  scope: ReadScope;
}
export type PoolResult = { ok: unknown } | { error: { code: ErrorCode; message: string; field?: string } };

/** A new change log (and replica export) once the log passes this size, so replicas never replay much. */
const MAX_LOG_BYTES = 64 << 20;

/**
 * Heap limits of a worker (docs/decisions.md "Both cores"). V8 lets an
 * isolate's old generation grow far past its live data before a full
 * collection: under influence-path load at scale L two workers added ~1.2 GiB
 * of garbage. A limit makes V8 collect before that. The replica mirrors the
 * main thread's read model, so the limit follows the main thread's heap when
 * the workers start (2×; that heap still holds the build's garbage: at
 * scale L 327 MiB used, 151 MiB live), at least 1 GiB: below 1 GiB V8 also
 * lowers its heap growing factor (4 → 1.3–2), and the extra full collections
 * cost influence paths ~40 % at M and L with a 768 MiB cap. A task that still
 * needs more fails with an internal error, and piscina starts a fresh worker.
 */
export function workerHeapLimits(mainHeapBytes: number): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  return { maxOldGenerationSizeMb: Math.max(1024, Math.ceil((2 * mainHeapBytes) / 2 ** 20)), maxYoungGenerationSizeMb: 64 };
}

/** The compiled worker: next to this file when running from dist/, else the build's copy (tests run from src/). */
export function workerFile(): string | null {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = join(PROJECT_ROOT, 'dist', 'src', 'analytics', 'worker.js');
  return existsSync(built) ? built : null;
}

/**
 * Runs heavy analytics on worker threads (piscina) so the main thread keeps
 * serving requests (docs/decisions.md "Both cores"). Each worker holds a
 * replica of the read model: exported once per generation (the link arrays
 * live in SharedArrayBuffers and are shared, not copied), then kept current
 * through a shared change log. Every task carries the log length at the time
 * it was sent, and the replica applies the log up to there before running,
 * so a request sees every write committed before it.
 */
export class AnalyticsPool {
  private pool: Piscina | null = null;
  private log: ChangeLog | null = null;
  private generation = -1;
  private starting: Promise<void> | null = null;

  constructor(
    private readonly host: ReadModelHost,
    private readonly defaults: AnalyticsDefaults,
    private readonly threads: number,
    private readonly filename: string,
  ) {
    host.onChanges((changes) => {
      if (!this.log) return;
      this.log.append(changes);
      if (this.log.byteLength > MAX_LOG_BYTES) this.generation = -1; // re-export at the next task
    });
  }

  async run(method: OffloadedMethod, args: unknown[], scope: ReadScope = null): Promise<unknown> {
    await this.warm();
    const res = (await this.pool!.run({ method, args, upto: this.log!.count, scope } satisfies PoolTask)) as PoolResult;
    if ('error' in res) throw new DomainError(res.error.code, res.error.message, res.error.field);
    return res.ok;
  }

  /** Starts the workers over the current read model (at start, so the first request does not pay for it). */
  async warm(): Promise<void> {
    await this.host.ready();
    while (this.generation !== this.host.generation || !this.pool) {
      this.starting ??= this.restart().finally(() => (this.starting = null));
      await this.starting;
    }
  }

  /** Starts workers over a fresh export of the current model; the previous pool finishes its tasks and goes. */
  private async restart(): Promise<void> {
    const started = Date.now();
    const old = this.pool;
    // export and swap the log in one synchronous step: every later change lands in the new log
    const state = this.host.exportState();
    const log = new ChangeLog();
    const generation = this.host.generation;
    const limits = workerHeapLimits(process.memoryUsage().heapUsed);
    const pool = new Piscina({
      filename: this.filename,
      workerData: { state, log: { bytes: log.bytes, meta: log.meta }, defaults: this.defaults },
      minThreads: this.threads,
      maxThreads: this.threads,
      idleTimeout: Number.MAX_SAFE_INTEGER,
      resourceLimits: limits,
    });
    this.pool = pool;
    this.log = log;
    this.generation = generation;
    if (old) void old.destroy();
    logger.debug({ ms: Date.now() - started, threads: this.threads, ...limits }, 'analytics workers started');
  }

  /** Worker threads the pool runs (parts to split a portfolio into). */
  get size(): number {
    return this.threads;
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = null;
  }
}
