import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/errors.js';
import { GraphProjection } from '../../src/projection/graph-projection.js';
import { generateGraph } from '../../src/generator/generate.js';
import { loadGraph } from '../../src/generator/load.js';
import type { GraphStore } from '../../src/store/index.js';
import { listQueryFiles } from '../../src/store/queries.js';
import { TODAY } from '../support/app.js';
import { SAMPLE_PARAMS } from '../support/query-params.js';

const person = (id: string, extra: Record<string, unknown> = {}) => ({
  id, name: `N ${id}`, email: null, title: null, function: null, decisionLevel: null, buyingRole: null,
  attitude: null, active: true, leftAt: null, ...extra,
});

/**
 * The GraphStore contract, run against each engine: the embedded one always,
 * Neo4j when NEO4J_URI is set. `open` returns an initialised, empty store.
 */
export function storeContract(engine: string, open: () => Promise<GraphStore>) {
  describe(`GraphStore contract on ${engine}`, () => {
    let store: GraphStore;
    const graph = generateGraph('demo', 42, new Date(`${TODAY}T00:00:00Z`));
    beforeAll(async () => {
      store = await open();
      await store.write((tx) => tx.run('graph.clear'));
      await loadGraph(store, graph);
    });

    it('builds the analytics projection exactly as generated, so analytics answer the same on every engine', async () => {
      const g = await new GraphProjection(store).ready();
      expect(g.persons.size).toBe(graph.people.length);
      expect(g.companies.size).toBe(graph.companies.length);
      for (const p of graph.people) expect(g.persons.get(p.id)).toEqual(p);
      for (const c of graph.companies) expect(g.companies.get(c.id)).toEqual(c);
      for (const k of graph.knows) expect(g.knowsOut.get(k.fromId)?.get(k.toId)).toEqual({ strength: k.strength, lastContactAt: k.lastContactAt });
      for (const i of graph.influences) expect(g.influencesOut.get(i.fromId)?.get(i.toId)).toEqual({ strength: i.strength });
      for (const r of graph.reportsTo) expect(g.one(g.managers, r.personId)).toBe(r.managerId);
      for (const w of graph.worksAt) expect(g.one(g.employers, w.personId)).toBe(w.companyId);
      for (const u of graph.partOf) expect(g.one(g.parents, u.unitId)).toBe(u.parentId);
      expect([...g.knowsOut.values()].reduce((s, m) => s + m.size, 0)).toBe(graph.knows.length);
    });
    afterAll(async () => store?.close());

    it('returns plain JS values: numbers, booleans, ISO dates', async () => {
      const [row] = await store.read('person.knows', { ids: ['u-2'] });
      expect(typeof row.strength).toBe('number');
      expect(row.lastContactAt === null || /^\d{4}-\d{2}-\d{2}$/.test(row.lastContactAt)).toBe(true);
      expect(typeof row.person.active).toBe('boolean');
      const [{ people }] = await store.read('graph.counts');
      expect(people).toBe(336); // demo: 40 of ours + 8 groups × 37 contacts
    });

    it('runs every named query with its sample parameters', async () => {
      for (const f of listQueryFiles()) {
        if (f.engine !== 'both' && f.engine !== store.engine) continue;
        if (f.name === 'graph.clear') continue;
        const writes = /\b(MERGE|CREATE|DELETE|SET)\b/.test(f.text);
        const params = SAMPLE_PARAMS[f.name];
        const rows = writes ? await store.write((tx) => tx.run(f.name, params)) : await store.read(f.name, params);
        expect(Array.isArray(rows), f.file).toBe(true);
      }
    });

    it('commits a write and reads it back', async () => {
      await store.write((tx) => tx.run('person.upsert', { rows: [person('c-1', { leftAt: '2026-01-02', active: false })] }));
      const [row] = await store.read('person.byIds', { ids: ['c-1'] });
      expect(row.person).toMatchObject({ id: 'c-1', active: false, leftAt: '2026-01-02' });
    });

    it('a unit of work that throws leaves nothing behind', async () => {
      await expect(
        store.write(async (tx) => {
          await tx.run('person.upsert', { rows: [person('c-2')] });
          throw new DomainError('BAD_USER_INPUT', 'refused', 'x');
        }),
      ).rejects.toThrow('refused');
      expect(await store.read('person.byIds', { ids: ['c-2'] })).toEqual([]);
    });

    it('an engine error mid-transaction rolls back the earlier statements, and the store stays usable', async () => {
      await expect(
        store.write(async (tx) => {
          await tx.run('person.upsert', { rows: [person('c-3')] });
          await tx.run('person.upsert', { rows: [person(null as unknown as string)] }); // null key: refused by the engine
          await tx.run('person.upsert', { rows: [person('c-4')] }); // must never run
        }),
      ).rejects.toThrow();
      expect(await store.read('person.byIds', { ids: ['c-3', 'c-4'] })).toEqual([]);
      await store.write((tx) => tx.run('person.upsert', { rows: [person('c-5')] }));
      expect(await store.read('person.byIds', { ids: ['c-5'] })).toHaveLength(1);
    });

    it('a caught engine error does not let later statements commit outside the transaction', async () => {
      await expect(
        store.write(async (tx) => {
          await tx.run('person.upsert', { rows: [person(null as unknown as string)] }).catch(() => undefined);
          await tx.run('person.upsert', { rows: [person('c-6')] });
        }),
      ).rejects.toThrow();
      expect(await store.read('person.byIds', { ids: ['c-6'] })).toEqual([]);
    });

    it('concurrent writes are serialised, none is lost', async () => {
      const ids = Array.from({ length: 20 }, (_, i) => `cc-${i}`);
      await Promise.all(ids.map((id) => store.write((tx) => tx.run('person.upsert', { rows: [person(id)] }))));
      const reads = await Promise.all(ids.map((id) => store.read('person.byIds', { ids: [id] })));
      expect(reads.every((r) => r.length === 1)).toBe(true);
    });

    it('bulk batches accept rows with missing keys and mixed integer / fractional numbers', async () => {
      await store.write((tx) =>
        tx.run('knows.merge', {
          rows: [
            { fromId: 'u-2', toId: 'g1-p-41', strength: 1, lastContactAt: '2026-10-01' },
            { fromId: 'u-3', toId: 'g1-p-41', strength: 0.25, since: '2020-01-01' },
          ],
        }),
      );
      const rows = await store.read('person.knownBy', { ids: ['g1-p-41'] });
      const byId = Object.fromEntries(rows.map((r) => [r.person.id, r]));
      expect(byId['u-2'].strength).toBe(1);
      expect(byId['u-3'].strength).toBe(0.25);
      expect(byId['u-3'].since).toBe('2020-01-01');
    });

    it('many different reads at once on fresh connections neither crash nor mix up results', async () => {
      const fresh = await open();
      try {
        const names = listQueryFiles().filter((f) => (f.engine === 'both' || f.engine === fresh.engine) && !/\b(MERGE|CREATE|DELETE|SET)\b/.test(f.text));
        const runs = [...names, ...names].map((f) => fresh.read(f.name, SAMPLE_PARAMS[f.name]));
        const results = await Promise.all(runs);
        expect(results.every(Array.isArray)).toBe(true);
        expect(results[names.findIndex((f) => f.name === 'graph.counts')][0]).toHaveProperty('people');
      } finally {
        if (fresh !== store) await fresh.close();
      }
    });

    it('an unknown query name is a store error, not a crash', async () => {
      await expect(store.read('no.such.query')).rejects.toThrow(/unknown query/);
    });
  });
}
