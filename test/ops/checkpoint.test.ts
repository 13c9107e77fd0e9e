import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/changes.js';
import { StoreError } from '../../src/store/graph-store.js';
import { LadybugStore, walPath } from '../../src/store/ladybug.store.js';
import { afterCheckpoint, beforeCheckpoint, frozenWalPath, guardedCheckpointBytes, preCheckpointPath, recoverInterruptedCheckpoint, THRESHOLD_REFERENCE_BYTES } from '../../src/store/checkpoint-guard.js';
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
    // unguarded: this block is about the store's policy on top of the engine's own checkpoints
    const store = new LadybugStore({ path: dbPath, checkpointBytes: 1 << 30, checkpoint, guardCheckpoints: false });
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

/**
 * Link writes and checkpoints (docs/store-plans.md "Link writes and
 * checkpoints"): a store in which one KNOWS property update followed by a
 * CHECKPOINT scrambled the whole KNOWS table was seen once (a scratch copy of
 * unknown history). From a clean bulk load that never happened; this test
 * keeps it that way for the write path as the server runs it: a generated
 * graph of several node groups (5,200 people: the engine groups 2,048 nodes),
 * link updates, creates and removals through `writeAudited`, checkpoints by
 * the store's own WAL threshold and explicitly, then a reopen. Every link
 * must be there with exactly the strength last written, and no other.
 */
describe('guarded checkpoints (docs/decisions.md "Checkpoints and kill -9")', () => {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((c) => c()));

  it('the write that takes the WAL past checkpointBytes queues a checkpoint; the engine never runs one by itself; no copy is left', async () => {
    const { dbPath, cleanup } = tempDb('kamgraph-guard-');
    cleanups.push(cleanup);
    const store = new LadybugStore({ path: dbPath, checkpointBytes: 64 * 1024, checkpoint: { seconds: 3600 } });
    await store.init();
    const write = (id: string) => store.write((tx) => tx.run('person.create', person(id), { last: true }));
    let i = 0;
    for (; store.walBytes() <= 64 * 1024 && i < 2000; i++) await write(`g-${i}`);
    expect(i, 'the WAL grew past 64 KiB: nothing checkpointed it on the way').toBeLessThan(2000);
    // the write that crossed queued it (no once-a-second stat when guarded); the explicit one runs after it
    await store.checkpoint();
    expect(store.checkpoints.size).toBe(1);
    expect(store.walBytes()).toBe(0);
    expect(existsSync(preCheckpointPath(dbPath))).toBe(false);
    // the engine's own threshold is off: past 64 KiB again with the store's queued checkpoints counted, the
    // WAL only ever empties through them (every empty WAL after a write is one of the store's)
    let emptied = 0;
    for (let j = 0; j < 300; j++) {
      const before = store.checkpoints.size;
      await write(`h-${j}`);
      if (store.walBytes() === 0 && store.checkpoints.size === before) emptied++;
    }
    expect(emptied).toBe(0);
    expect(store.checkpoints.size).toBeGreaterThan(1);
    await store.close();
    expect(existsSync(preCheckpointPath(dbPath))).toBe(false);
  });

  it('the threshold grows with the square root of the file, never below checkpointBytes (docs/decisions.md "Where to checkpoint")', () => {
    const K = 1024;
    const MiB = 1024 * K;
    expect(THRESHOLD_REFERENCE_BYTES).toBe(25 * MiB); // scale M's file, where 256 KiB was tuned
    expect(guardedCheckpointBytes(256 * K, 0)).toBe(256 * K); // no file yet
    expect(guardedCheckpointBytes(256 * K, 10 * MiB)).toBe(256 * K); // smaller than M: never below the base
    expect(guardedCheckpointBytes(256 * K, 25 * MiB)).toBe(256 * K); // √1 = 1
    expect(guardedCheckpointBytes(256 * K, 100 * MiB)).toBe(512 * K); // √(100/25) = 2
    expect(guardedCheckpointBytes(256 * K, 2500 * MiB)).toBe(2560 * K); // √100 = 10
    // scale L's 180,613,120-byte file: √(180,613,120 / 26,214,400) = √6.88984 = 2.624851 → 262,144 × 2.624851 = 688,089
    expect(guardedCheckpointBytes(256 * K, 180_613_120)).toBe(688_089);
    expect(guardedCheckpointBytes(64 * K, 4 * MiB, MiB)).toBe(128 * K); // the reference can be given: √4 = 2
  });

  it('a guarded store rescales its threshold from the file after every checkpoint, capped by the WAL limit', async () => {
    const { dbPath, cleanup } = tempDb('kamgraph-guard-');
    cleanups.push(cleanup);
    // a 4 KiB reference, so that a small test file is many times it
    const store = new LadybugStore({ path: dbPath, checkpointBytes: 16 * 1024, thresholdReferenceBytes: 4 * 1024, checkpoint: { seconds: 3600 } });
    await store.init();
    for (let i = 0; i < 50; i++) await store.write((tx) => tx.run('person.create', person(`t-${i}`), { last: true }));
    await store.checkpoint();
    const size = statSync(dbPath).size;
    expect(size).toBeGreaterThan(16 * 4 * 1024); // over 16 references: the threshold more than quadruples
    expect(store.checkpointThreshold).toBe(guardedCheckpointBytes(16 * 1024, size, 4 * 1024));
    expect(store.checkpointThreshold).toBeGreaterThan(4 * 16 * 1024);
    // and a write crossing the base no longer queues one: only the rescaled threshold does
    const before = store.checkpoints.size;
    let i = 0;
    for (; store.walBytes() <= 16 * 1024 && i < 2000; i++) await store.write((tx) => tx.run('person.create', person(`u-${i}`), { last: true }));
    await new Promise((r) => setTimeout(r, 50));
    expect(store.checkpoints.size).toBe(before);
    expect(store.walBytes()).toBeGreaterThan(16 * 1024);
    await store.close();

    // capped by walBytes, the store's backstop limit
    const capped = new LadybugStore({ path: dbPath, checkpointBytes: 16 * 1024, thresholdReferenceBytes: 4 * 1024, checkpoint: { seconds: 3600, walBytes: 20 * 1024 } });
    await capped.init();
    expect(capped.checkpointThreshold).toBe(20 * 1024);
    await capped.close();
  });

  it('file bookkeeping: a copy is taken and removed; kept beside a frozen log and never replaced; a stale one is removed at open', () => {
    const { dir, cleanup } = tempDb('kamgraph-guard-');
    cleanups.push(cleanup);
    const db = join(dir, 'x.lbug');
    writeFileSync(db, 'first');
    beforeCheckpoint(db);
    expect(readFileSync(preCheckpointPath(db), 'utf8')).toBe('first');
    afterCheckpoint(db);
    expect(existsSync(preCheckpointPath(db))).toBe(false);

    // a checkpoint that did not finish: the copy stays, and the next one keeps it rather than copy a damaged file
    beforeCheckpoint(db);
    writeFileSync(frozenWalPath(db), 'log');
    afterCheckpoint(db);
    expect(existsSync(preCheckpointPath(db))).toBe(true);
    writeFileSync(db, 'damaged');
    beforeCheckpoint(db);
    expect(readFileSync(preCheckpointPath(db), 'utf8')).toBe('first');

    // no frozen log: the copy is stale and goes, the file is left alone
    rmSync(frozenWalPath(db));
    expect(recoverInterruptedCheckpoint(db, { bufferPoolSize: 0, maxDbSize: 2 ** 32 })).toEqual({ kind: 'none' });
    expect(existsSync(preCheckpointPath(db))).toBe(false);
    expect(readFileSync(db, 'utf8')).toBe('damaged');
  });
});

describe('LadybugStore link writes across checkpoints and a reopen', () => {
  it('every KNOWS link keeps its endpoints and last written strength; nothing else appears', async () => {
    const { generateGraph } = await import('../../src/generator/generate.js');
    const { writeAudited } = await import('../../src/store/change-writer.js');
    const graph = generateGraph('S', 11, new Date('2026-11-01T00:00:00Z'), { activity: false, commercial: false });
    const { dbPath, cleanup } = tempDb('kamgraph-links-');
    try {
      // the store's default WAL threshold (256 KiB): the engine checkpoints by itself about every 500 link updates
      let store = new LadybugStore({ path: dbPath });
      await store.init();
      await store.bulkLoad(graph);
      const expected = new Map(graph.knows.map((k) => [`${k.fromId}>${k.toId}`, k.strength]));
      let seed = 7;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const links = [...expected.keys()];
      const ours = [...new Set(graph.knows.map((k) => k.fromId))];
      const contacts = [...new Set(graph.knows.map((k) => k.toId))];
      let updates = 0, creates = 0, removes = 0, writes = 0;
      // as the server writes: the change and its audit record (one statement for an update or a create)
      const write = (c: Change) => {
        const id = `2026-11-01T00:00:00.000Z~${String(writes++).padStart(5, '0')}`;
        return store.write((tx) => writeAudited(tx, [c], { id, at: '2026-11-01T00:00:00.000Z', actor: 'test', role: 'ADMIN', operation: 'test', ids: [], changes: [] }));
      };
      for (let i = 0; i < 1_200; i++) {
        const r = rnd();
        const strength = Math.round(rnd() * 1000) / 1000;
        if (r < 0.75) {
          const key = links[Math.floor(rnd() * links.length)];
          if (!expected.has(key)) continue;
          const [fromId, toId] = key.split('>');
          await write({ kind: 'knows.upserted', fromId, toId, strength, lastContactAt: '2026-10-01', since: null, created: false });
          expected.set(key, strength);
          updates++;
        } else if (r < 0.9) {
          const fromId = ours[Math.floor(rnd() * ours.length)], toId = contacts[Math.floor(rnd() * contacts.length)];
          if (expected.has(`${fromId}>${toId}`)) continue;
          await write({ kind: 'knows.upserted', fromId, toId, strength, lastContactAt: null, since: null, created: true });
          expected.set(`${fromId}>${toId}`, strength);
          links.push(`${fromId}>${toId}`);
          creates++;
        } else {
          const key = links[Math.floor(rnd() * links.length)];
          if (!expected.has(key)) continue;
          const [fromId, toId] = key.split('>');
          await write({ kind: 'knows.removed', fromId, toId });
          expected.delete(key);
          removes++;
        }
        if (i === 600) await store.checkpoint();
      }
      await store.close();
      store = new LadybugStore({ path: dbPath });
      await store.init();
      const stored = new Map<string, number>();
      await store.scan('projection.knows', (rows) => {
        for (const r of rows) stored.set(`${r.fromId}>${r.toId}`, Number(r.strength));
      });
      const [{ n: audits }] = await store.read('audit.count', { needle: ' ', actor: 'test' });
      await store.close();
      // one audit record per write
      expect(Number(audits)).toBe(writes);
      // the run is what the test says it is: mostly updates, some creates and removals
      expect(updates).toBeGreaterThan(800);
      expect(creates).toBeGreaterThan(100);
      expect(removes).toBeGreaterThan(50);
      const missing = [...expected.keys()].filter((k) => !stored.has(k));
      const unexpected = [...stored.keys()].filter((k) => !expected.has(k));
      const wrong = [...expected].filter(([k, s]) => stored.has(k) && Math.abs(stored.get(k)! - s) > 1e-9);
      expect({ missing: missing.slice(0, 5), unexpected: unexpected.slice(0, 5), wrong: wrong.slice(0, 5) }).toEqual({ missing: [], unexpected: [], wrong: [] });
      expect(stored.size).toBe(expected.size);
    } finally {
      cleanup();
    }
  }, 120_000);
});
