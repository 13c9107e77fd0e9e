import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/graph-store.js';
import { LadybugStore, walPath } from '../../src/store/ladybug.store.js';
import { tempDb } from './server-process.js';

/**
 * The embedded store's checkpoint policy (docs/decisions.md "Checkpoints,
 * shutdown and seeding"): by WAL size (checked after writes, at most once a
 * second), by time, and at close; never concurrently with a write. The
 * engine's own threshold is raised out of the way here, so every checkpoint
 * seen is the store's.
 */

const person = (id: string) => ({
  id, name: `P ${id}`, email: null, title: 'x'.repeat(200), function: null, decisionLevel: null, buyingRole: null, attitude: null, active: true, leftAt: null,
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('LadybugStore checkpoint policy', () => {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((c) => c()));

  async function open(checkpoint: { walBytes?: number; seconds?: number }) {
    const { dbPath, cleanup } = tempDb('kamgraph-ckpt-');
    cleanups.push(cleanup);
    const store = new LadybugStore({ path: dbPath, checkpointBytes: 1 << 30, checkpoint });
    await store.init();
    return { store, dbPath };
  }
  const write = (store: LadybugStore, id: string) => store.write((tx) => tx.run('person.create', person(id), { last: true }));

  it('checkpoints when the WAL passes the size limit (stat at most once a second), not before', async () => {
    const { store, dbPath } = await open({ walBytes: 64 * 1024, seconds: 3600 });
    for (let i = 0; i < 50; i++) await write(store, `a-${i}`);
    expect(store.walBytes()).toBeGreaterThan(0);
    expect(store.walBytes()).toBeLessThan(64 * 1024);
    expect(store.checkpoints.size).toBe(0);
    // past the limit; the next write after a second notices
    for (let i = 0; store.walBytes() <= 64 * 1024; i++) await write(store, `b-${i}`);
    await sleep(1100);
    await write(store, 'c-0');
    await store.checkpoint(); // queued behind the size checkpoint: both done when it resolves
    expect(store.checkpoints.size).toBe(1);
    expect(store.walBytes()).toBe(0);
    expect(existsSync(walPath(dbPath)) ? store.walBytes() : 0).toBe(0);
    await store.close();
  });

  it('checkpoints on a timer when something was written, and stays idle otherwise', async () => {
    const { store } = await open({ walBytes: 1 << 30, seconds: 1 });
    await store.checkpoint(); // the schema's DDL is in the WAL too
    await sleep(1300);
    expect(store.checkpoints.timer).toBe(0); // nothing written yet
    await write(store, 't-1');
    expect(store.walBytes()).toBeGreaterThan(0);
    await sleep(1300);
    expect(store.checkpoints.timer).toBe(1);
    expect(store.walBytes()).toBe(0);
    await sleep(1200);
    expect(store.checkpoints.timer).toBe(1); // clean: no further checkpoint
    await store.close();
  });

  it('never runs a checkpoint concurrently with a write: checkpoints interleaved with 300 concurrent writes all succeed', async () => {
    const { store } = await open({ walBytes: 4 * 1024, seconds: 3600 });
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 300; i++) {
      work.push(write(store, `w-${i}`));
      if (i % 25 === 0) work.push(store.checkpoint());
    }
    const results = await Promise.allSettled(work);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const [{ people }] = await store.read('graph.counts');
    expect(people).toBe(300);
    expect(store.checkpoints.failed).toBe(0);
    await store.close();
  });

  it('close() checkpoints (no WAL left), is idempotent, and later calls fail cleanly', async () => {
    const { store, dbPath } = await open({ walBytes: 1 << 30, seconds: 3600 });
    for (let i = 0; i < 20; i++) await write(store, `z-${i}`);
    expect(store.walBytes()).toBeGreaterThan(0);
    await Promise.all([store.close(), store.close()]);
    expect(existsSync(walPath(dbPath))).toBe(false);
    await expect(store.read('graph.counts')).rejects.toBeInstanceOf(StoreError);
    await expect(write(store, 'late')).rejects.toThrow(/closed/);
    await expect(store.checkpoint()).rejects.toThrow(/closed/);

    const again = new LadybugStore({ path: dbPath });
    await again.init();
    expect(again.walAtOpen).toBe(0);
    expect((await again.read('graph.counts'))[0].people).toBe(20);
    await again.close();
  });

  it('an in-memory store has no WAL: walBytes() is 0 and checkpoint() does nothing', async () => {
    const store = new LadybugStore({ path: ':memory:' });
    await store.init();
    await write(store, 'm-1');
    expect(store.walBytes()).toBe(0);
    await store.checkpoint();
    expect(store.checkpoints.explicit).toBe(0);
    await store.close();
  });
});
