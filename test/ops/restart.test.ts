import { existsSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGraph } from '../../src/generator/generate.js';
import { built, countTables, ServerProcess, tempDb, withDb, type Counts } from './server-process.js';

/**
 * Restart after `kill -9` (issue 8 item 6): the real server (`node
 * dist/src/main.js`) on a file store in a temp dir, killed at random points
 * while it seeds the demo and while it acknowledges writes; the store must
 * open again, hold every acknowledged write, and the demo must be whole.
 * Also: SIGTERM finishes in-flight work, checkpoints (no WAL left) and exits 0.
 */

const demo = generateGraph('demo');
const contacts = demo.people.filter((p) => !p.id.startsWith('u-')).map((p) => p.id);
const ours = demo.people.filter((p) => p.id.startsWith('u-')).map((p) => p.id);

/** A seeded pseudo-random sequence (the run's seed is printed, so a failure can be replayed). */
const SEED = Number(process.env.KAMGRAPH_TEST_SEED ?? Date.now() % 100_000);
let state = SEED;
const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Write-ahead log left for the next open: the active log, and one a checkpoint was folding (`.wal.checkpoint`). */
const walOf = (dbPath: string) => [`${dbPath}.wal`, `${dbPath}.wal.checkpoint`].reduce((n, p) => n + (existsSync(p) ? statSync(p).size : 0), 0);

describe.skipIf(!built())('restart after kill -9 (real server process)', () => {
  /** Tables of a cleanly seeded demo: the reference every repaired store must equal. */
  let whole: Counts;
  /** How long seeding takes on this machine (from the "loading" line to the "loaded" one). */
  let seedMs = 300;
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((c) => c()));

  beforeAll(async () => {
    console.log(`restart tests: KAMGRAPH_TEST_SEED=${SEED}`);
    const { dbPath, cleanup } = tempDb();
    cleanups.push(cleanup);
    const server = new ServerProcess(dbPath);
    await server.ready();
    const from = await server.waitFor(/loading the demo graph/);
    const to = await server.waitFor(/demo graph loaded/);
    seedMs = Math.max(50, to.time - from.time);
    const res = await server.gql('{ people(first: 1) { totalCount } companies(first: 1) { totalCount } }');
    expect(res.data).toEqual({ people: { totalCount: 336 }, companies: { totalCount: demo.companies.length } }); // 58 customer and supplier units + 8 competitors and partners
    expect(await server.stop()).toBe(0);
    whole = await countTables(dbPath);
  });

  it('a clean seed holds the whole demo; SIGTERM checkpoints and exits 0', async () => {
    expect(whole.Person).toBe(new Set(demo.people.map((p) => p.id)).size);
    expect(whole.Company).toBe(new Set(demo.companies.map((c) => c.id)).size);
    expect(whole.KNOWS).toBe(demo.knows.length);
    expect(whole.INFLUENCES).toBe(demo.influences.length);
    expect(whole.REPORTS_TO).toBe(demo.reportsTo.length);
    expect(whole.WORKS_AT).toBe(demo.worksAt.length);
    expect(whole.PART_OF).toBe(demo.partOf.length);
    expect(whole.ON_TEAM).toBe(demo.onTeam.length);
  });

  it('killed at random points while seeding: the store holds nothing or the whole demo, and the next start makes it whole', async () => {
    const runs = 5;
    let midSeed = 0;
    const report: string[] = [];
    for (let run = 0; run < runs; run++) {
      const { dbPath, cleanup } = tempDb();
      cleanups.push(cleanup);
      const first = new ServerProcess(dbPath);
      await first.waitFor(/loading the demo graph/);
      // spread over the seed, from its first statement to just past its commit
      const delay = Math.round(((run + random()) / runs) * seedMs * 1.1);
      await sleep(delay);
      const seeded = first.has(/demo graph loaded/);
      await first.kill9();
      if (!seeded) midSeed++;

      // all or nothing, exactly as the killed process left it (a copy: opening replays the WAL)
      const after = await countTables(dbPath, true);
      const empty = Object.values(after).every((n) => n === 0);
      expect(empty || JSON.stringify(after) === JSON.stringify(whole), `run ${run}, killed ${delay} ms into seeding: ${JSON.stringify(after)}`).toBe(true);
      report.push(`${delay} ms: ${seeded ? 'after the seed committed' : 'mid-seed'}, left ${empty ? 'empty' : 'whole'}`);

      const second = new ServerProcess(dbPath);
      await second.ready();
      // an empty store is seeded again; a whole one is left alone. A copy missing some tables (killed while the
      // engine was creating them) cannot tell which the next open sees: then only the end state below is checked
      if (!(after as { incomplete?: boolean }).incomplete) expect(second.has(/loading the demo graph/)).toBe(empty);
      const res = await second.gql('{ people(first: 1) { totalCount } }');
      expect(res.data?.people.totalCount).toBe(336);
      expect(await second.stop()).toBe(0);
      expect(await countTables(dbPath)).toEqual(whole);
    }
    console.log(`seed ${seedMs} ms; kills: ${report.join('; ')}`);
    // most kills must land inside the seed for the test to mean anything
    expect(midSeed).toBeGreaterThanOrEqual(2);
  });

  it('killed at a random moment under write load: every acknowledged write is there after restart', async () => {
    for (let run = 0; run < 2; run++) {
      const { dbPath, cleanup } = tempDb();
      cleanups.push(cleanup);
      const server = new ServerProcess(dbPath);
      await server.ready();

      const load = writeLoad(server, run);
      await sleep(400 + random() * 1200);
      const { people, knows } = await load.kill();
      expect(people.size + knows.size).toBeGreaterThan(20);
      const leftWal = walOf(dbPath);

      const again = new ServerProcess(dbPath);
      await again.ready();
      // the restart says the store was not closed (unless a checkpoint had just emptied the log), and folds the replayed log in
      expect(again.has(/not closed cleanly/)).toBe(leftWal > 0);
      expect(walOf(dbPath)).toBe(0);
      expect(again.has(/loading the demo graph/)).toBe(false);
      const res = await again.gql('{ people(first: 1) { totalCount } }');
      expect(res.data?.people.totalCount).toBeGreaterThanOrEqual(336 + people.size);
      expect(await again.stop()).toBe(0);
      expect(walOf(dbPath)).toBe(0); // checkpointed at shutdown

      await expectAcknowledged(dbPath, run, { people, knows }, whole);
    }
  });

  it('killed while a checkpoint folds the log: the next start opens, with every acknowledged write (docs/decisions.md "Checkpoints and kill -9")', async () => {
    // LadybugDB 0.19.1 alone leaves about one store in eight unopenable here (SIGSEGV replaying the log); the store's
    // copy taken before each checkpoint, and its recovery at open, must leave none
    const runs = 16;
    const outcomes: string[] = [];
    for (let run = 0; run < runs; run++) {
      const { dbPath, cleanup } = tempDb();
      cleanups.push(cleanup);
      const server = new ServerProcess(dbPath);
      await server.ready();
      const load = writeLoad(server, 100 + run);
      // the engine renames the log to <db>.wal.checkpoint while it folds it (every ~570 writes here)
      const t0 = Date.now();
      while (!existsSync(`${dbPath}.wal.checkpoint`) && Date.now() - t0 < 30_000) await sleep(1);
      expect(existsSync(`${dbPath}.wal.checkpoint`), 'a checkpoint started under the write load').toBe(true);
      await sleep(random() * 40);
      const acked = await load.kill();

      const again = new ServerProcess(dbPath);
      await again.ready();
      outcomes.push(again.lines.find((l) => /last checkpoint was interrupted/.test(l.msg))?.msg.split(':')[0].replace(/^the last checkpoint was interrupted /, '') ?? 'engine recovered it');
      expect(walOf(dbPath)).toBe(0);
      expect(existsSync(`${dbPath}.pre-checkpoint`)).toBe(false);
      expect(await again.stop()).toBe(0);
      await expectAcknowledged(dbPath, 100 + run, acked, whole);
    }
    console.log(`kills during a checkpoint: ${outcomes.join('; ')}`);
  }, 300_000);

  it('SIGTERM during write load: in-flight requests finish, the store is checkpointed, exit 0; a second signal exits 1 at once', async () => {
    const { dbPath, cleanup } = tempDb();
    cleanups.push(cleanup);
    const server = new ServerProcess(dbPath);
    await server.ready();
    const acked: string[] = [];
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        try {
          const id = `term-${i}`;
          const r = await server.gql(`mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }`, { input: { id, name: `Term ${i}` } });
          if (r.data?.upsertPerson?.id === id) acked.push(id);
        } catch {
          return; // refused once the server stops accepting
        }
      }
    })();
    await sleep(500);
    expect(await server.stop()).toBe(0);
    stop = true;
    await writer;
    expect(server.has(/stopped: store checkpointed and closed/)).toBe(true);
    expect(walOf(dbPath)).toBe(0);
    expect(acked.length).toBeGreaterThan(5);
    const ids = await withDb(dbPath, async (q) => (await q(`MATCH (p:Person) WHERE p.id STARTS WITH 'term-' RETURN p.id AS id`)).map((r) => r.id));
    for (const id of acked) expect(ids).toContain(id);

    // a second signal while the first shutdown waits (for a request whose body never finishes arriving) exits 1 at once
    const again = new ServerProcess(dbPath);
    const url = new URL(await again.ready());
    const socket = connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":`);
    socket.on('error', () => undefined);
    await sleep(100);
    again.child.kill('SIGTERM');
    await again.waitFor(/shutting down/);
    await sleep(200);
    const waiting = again.child.exitCode === null;
    again.child.kill('SIGINT');
    const { code } = await again.exited;
    socket.destroy();
    if (waiting) {
      expect(code).toBe(1);
      expect(again.has(/second signal/)).toBe(true);
    } else {
      // the HTTP server did not wait for the half-sent request: the first shutdown had already finished
      console.warn('second-signal case not exercised: the shutdown did not wait for a half-sent request');
      expect(code).toBe(0);
    }
    // either way the store opens and is whole
    expect((await countTables(dbPath)).INFLUENCES).toBe(whole.INFLUENCES);
  });
});

/**
 * Sequential writes until killed, each recorded once acknowledged: new
 * people, and new or updated KNOWS (each pair once). `kill()` SIGKILLs the
 * server and returns what was acknowledged; a write that failed before the
 * kill fails the test.
 */
function writeLoad(server: ServerProcess, run: number) {
  const people = new Map<string, string>();
  const knows = new Map<string, number>();
  let stop = false;
  let failed: unknown = null;
  const writer = (async () => {
    for (let i = 0; !stop; i++) {
      try {
        if (i % 2 === 0) {
          const id = `ack-${run}-${i}`;
          const title = `title ${i}`;
          const r = await server.gql(`mutation($input: PersonInput!) { upsertPerson(input: $input) { id title } }`, { input: { id, name: `Ack ${i}`, title } });
          if (r.errors) throw new Error(JSON.stringify(r.errors));
          people.set(id, title);
        } else {
          const k = (i - 1) / 2;
          const ourPersonId = ours[k % ours.length];
          const contactId = contacts[Math.floor(k / ours.length) % contacts.length];
          const strength = Math.round(100 * (0.3 + 0.7 * random())) / 100;
          const r = await server.gql(`mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { strength } }`, {
            input: { ourPersonId, contactId, strength, lastContactAt: '2026-11-01' },
          });
          if (r.errors) throw new Error(JSON.stringify(r.errors));
          knows.set(`${ourPersonId}>${contactId}`, strength);
        }
      } catch (e) {
        if (!stop) failed = e; // a request cut by the kill is neither acknowledged nor an error
        return;
      }
    }
  })();

  return {
    async kill() {
      stop = true;
      await server.kill9();
      await writer;
      expect(failed).toBeNull();
      return { people, knows };
    },
  };
}

/** Every acknowledged write is in the store, and the demo's own tables are whole. */
async function expectAcknowledged(dbPath: string, run: number, acked: { people: Map<string, string>; knows: Map<string, number> }, whole: Counts) {
  await withDb(dbPath, async (q) => {
    const rows = await q(`MATCH (p:Person) WHERE p.id STARTS WITH 'ack-${run}-' RETURN p.id AS id, p.title AS title`);
    const found = new Map(rows.map((r) => [r.id as string, r.title as string]));
    for (const [id, title] of acked.people) expect(found.get(id), id).toBe(title);
    const links = await q(`MATCH (a:Person)-[r:KNOWS]->(b:Person) RETURN a.id AS a, b.id AS b, r.strength AS s`);
    const strengths = new Map(links.map((r) => [`${r.a}>${r.b}`, Number(r.s)]));
    for (const [pair, s] of acked.knows) expect(strengths.get(pair), pair).toBeCloseTo(s, 9);
    const [{ n }] = await q(`MATCH ()-[r:INFLUENCES]->() RETURN count(r) AS n`);
    expect(Number(n)).toBe(whole.INFLUENCES);
  });
}
