import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/changes.js';
import type { GraphData } from '../../src/domain/graph-data.js';
import { DomainError } from '../../src/errors.js';
import { generateGraph } from '../../src/generator/generate.js';
import { loadGraph } from '../../src/generator/load.js';
import { loneAuditable, plan, writeAudited, writeChanges } from '../../src/store/change-writer.js';
import { BULK_NOTICE, type WrittenStatement } from '../../src/store/graph-store.js';
import type { GraphStore, Row } from '../../src/store/index.js';
import { audited, auditableNames, listQueryFiles } from '../../src/store/queries.js';
import { TODAY } from '../support/app.js';
import { AUDIT_SAMPLE, SAMPLE_PARAMS } from '../support/query-params.js';
import { applyChange, canonical, changeSequence, emptyGraph, fullPerson, scanGraph } from './graph-model.js';

const person = (id: string, extra: Record<string, unknown> = {}) => ({
  id, name: `N ${id}`, email: null, title: null, function: null, decisionLevel: null, buyingRole: null,
  attitude: null, active: true, leftAt: null, ...extra,
});

const PROJECTIONS = ['companies', 'people', 'worksAt', 'partOf', 'reportsTo', 'influences', 'knows', 'onTeam', 'products', 'sales', 'potentials', 'competesAt', 'partnersAt', 'plans', 'activities'].map((p) => `projection.${p}`);

/** Strings a CSV file or a parameter binder could get wrong. */
const NASTY = ['a,b', 'say "hi"', '"', '""', 'line\nbreak', 'cr\r\nlf', 'back\\slash', '\\N', ' padded ', '', 'ünï €', '\t', "it's", 'x'.repeat(3000)];

/** A small graph whose strings, nulls and numbers exercise every bulk path. */
function nastyGraph(prefix: string): GraphData {
  const people = NASTY.map((s, i) => fullPerson(`${prefix}p${i}`, { name: `n${i} ${s}`, email: s, title: i % 2 ? null : s, leftAt: i % 3 ? null : '2025-01-0' + ((i % 9) + 1) }));
  const companies = NASTY.map((s, i) => ({
    id: `${prefix}c${i}`, name: `c${i} ${s}`, kind: 'CUSTOMER' as const, unitLevel: null, country: s, segment: i % 2 ? null : '',
    isKeyAccount: i % 3 === 0 ? null : i % 3 === 1, tier: null,
  }));
  const ids = people.map((p) => p.id);
  return {
    companies, people,
    worksAt: ids.map((id, i) => ({ personId: id, companyId: companies[i].id, title: i % 2 ? NASTY[i] : null, since: i % 2 ? null : '2020-02-29' })),
    partOf: companies.slice(1).map((c) => ({ unitId: c.id, parentId: companies[0].id })),
    reportsTo: ids.slice(1).map((id, i) => ({ personId: id, managerId: ids[i], since: i % 2 ? '2021-12-31' : null })),
    influences: ids.slice(1).map((id, i) => ({ fromId: ids[i], toId: id, strength: [1, 0.5, 0.1234567890123456, 0][i % 4], note: i % 2 ? NASTY[i] : null, since: null })),
    knows: ids.slice(1).map((id, i) => ({ fromId: id, toId: ids[0], strength: [0.25, 1, 1e-7, 0.3][i % 4], lastContactAt: i % 2 ? '2026-10-01' : null, since: i % 3 ? null : '2015-06-30' })),
    onTeam: ids.slice(0, 4).map((id, i) => ({ personId: id, companyId: companies[0].id, role: i % 2 ? 'KAM' as const : null })),
    products: NASTY.map((s, i) => ({ id: `${prefix}r${i}`, name: `r${i} ${s}`, family: `f${i % 3} ${s}`, launchedAt: i % 2 ? null : '2024-02-29', listPrice: [null, 0, 0.1234567890123456, 250][i % 4] })),
    sales: NASTY.map((_s, i) => ({
      accountId: companies[i].id, productId: `${prefix}r${(i * 7) % NASTY.length}`, period: i % 2 ? `2025-${String((i % 9) + 1).padStart(2, '0')}` : '2024',
      revenue: [1, 0.5, 1234.5678, 0][i % 4], volume: [3, 0.25, 1e6, 0][i % 4], listRevenue: i % 3 ? null : 2e-7, contributionMargin: [null, -12.5, 0, 1][i % 4],
    })),
    potentials: companies.filter((_c, i) => i % 2 === 0).map((c, i) => ({ companyId: c.id, annualTurnover: i % 3 ? null : 1e12 + 0.5, image: i % 2 && i % 3 !== 1 ? null : (i % 5) + 1, walletEstimate: i % 3 === 1 ? null : 0.25 })),
  };
}

/** Applies the changes to the store, one write each or all in one write, and checks the whole graph against the reference. */
async function applyAndCheck(target: GraphStore, before: GraphData, changes: Change[], oneWrite: boolean): Promise<GraphData> {
  let expected = before;
  for (const c of changes) expected = applyChange(expected, c);
  if (oneWrite) await target.write((tx) => writeChanges(tx, changes));
  else for (const c of changes) await target.write((tx) => writeChanges(tx, [c]));
  expect(canonical(await scanGraph(target))).toEqual(canonical(expected));
  return expected;
}

async function scanRows(store: GraphStore, query: string): Promise<Row[]> {
  const out: Row[] = [];
  await store.scan(query, (rows) => out.push(...rows));
  return out;
}

/**
 * The GraphStore contract, run against each engine: the embedded one always,
 * Neo4j when NEO4J_URI is set. `open` returns an initialised store (on Neo4j,
 * the same database each time: the last block clears it).
 */
export function storeContract(engine: string, open: () => Promise<GraphStore>) {
  describe(`GraphStore contract on ${engine}`, () => {
    let store: GraphStore;
    const graph = generateGraph('demo', 42, new Date(`${TODAY}T00:00:00Z`));
    const notices: (readonly WrittenStatement[])[] = [];
    beforeAll(async () => {
      store = await open();
      await store.write((tx) => tx.run('graph.clear'));
      store.onCommit((s) => notices.push(s));
      await loadGraph(store, graph);
    });
    afterAll(async () => store?.close());

    it('bulk-loads the generated graph exactly, and every projection scan returns it with every property', async () => {
      expect(notices.at(-1)).toEqual([{ query: BULK_NOTICE, params: {} }]);
      expect(canonical(await scanGraph(store))).toEqual(canonical(graph));
    });

    it('scan returns the rows read returns, in chunks', async () => {
      for (const q of PROJECTIONS) {
        const scanned = await scanRows(store, q);
        const read = await store.read(q);
        const key = (r: Row) => JSON.stringify(r);
        expect(scanned.map(key).sort(), q).toEqual(read.map(key).sort());
      }
    });

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
      // and every change statement composed with its audit record (queries.ts auditedText); a sample that the plain
      // run above already created now hits its key, and then the one statement leaves no audit record behind
      const count = async () => Number((await store.read('audit.count', { needle: ' ', actor: AUDIT_SAMPLE.auditActor }))[0].n);
      let audits = await count();
      let ran = 0;
      for (const name of auditableNames()) {
        const auditId = `${AUDIT_SAMPLE.auditId}-${name}`;
        const outcome = await store.write((tx) => tx.run(audited(name), { ...SAMPLE_PARAMS[name], ...AUDIT_SAMPLE, auditId })).then(
          (rows) => (Array.isArray(rows) ? 'ran' : 'not rows'),
          (e: unknown) => (e instanceof DomainError && e.code === 'CONFLICT' ? 'conflict' : `failed: ${String(e)}`),
        );
        expect(['ran', 'conflict'], `${name}: ${outcome}`).toContain(outcome);
        const n = await count();
        if (outcome === 'conflict') expect(n, name).toBe(audits);
        if (outcome === 'ran') ran++;
        audits = n;
      }
      expect(ran).toBeGreaterThan(auditableNames().size / 2);
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
      const rows = await store.read('person.knows', { ids: ['u-2', 'u-3'] });
      const byId = Object.fromEntries(rows.filter((r) => r.person.id === 'g1-p-41').map((r) => [r.key, r]));
      expect(byId['u-2'].strength).toBe(1);
      expect(byId['u-3'].strength).toBe(0.25);
      expect(byId['u-3'].since).toBe('2020-01-01');
    });

    describe('writeChanges', () => {
      it('writes every change kind, null and non-null values, one change per write, on the populated store', async () => {
        const before = await scanGraph(store);
        const k = graph.knows[0];
        const inf = graph.influences[0];
        const worker = graph.worksAt.find((w) => w.personId.startsWith('g2-'))!;
        const changes: Change[] = [
          ...changeSequence('w1-'),
          { kind: 'knows.upserted', fromId: k.fromId, toId: k.toId, strength: 0.05, lastContactAt: null, since: '2011-01-01', created: false },
          { kind: 'influence.removed', fromId: inf.fromId, toId: inf.toId },
          { kind: 'employment.set', personId: worker.personId, companyId: 'g2', title: 'Moved', since: '2026-01-01', previousCompanyId: worker.companyId },
          { kind: 'person.removed', id: graph.people.find((p) => p.id.startsWith('g3-') && graph.knows.some((k) => k.toId === p.id))!.id },
        ];
        await applyAndCheck(store, before, changes, false);
      });

      it('writes a whole sequence in one unit of work (consecutive node changes grouped)', async () => {
        await applyAndCheck(store, await scanGraph(store), changeSequence('w2-'), true);
      });

      it('an audited write: each single change and its audit record in one statement, one round trip; larger writes in one unit of work', async () => {
        const audits = async () => Number((await store.read('audit.count', { needle: ' ', actor: 'contract-' }))[0].n);
        const entry = (i: number, ids: string[]) => ({
          id: `2026-11-01T00:00:00.000Z~c${String(i).padStart(4, '0')}`, at: '2026-11-01T00:00:00.000Z', actor: 'contract-audit', role: 'ADMIN',
          operation: 'contract', ids, changes: [],
        });
        const sequence = changeSequence('w3-');
        let expected = await scanGraph(store);
        const auditsBefore = await audits();
        let lone = 0;
        for (const [i, c] of sequence.entries()) {
          expected = applyChange(expected, c);
          const before = store.roundTrips;
          await store.write((tx) => writeAudited(tx, [c], entry(i, ['x'])));
          if (loneAuditable(plan([c]))) {
            lone++;
            expect(store.roundTrips - before, c.kind).toBe(1);
          }
        }
        expect(canonical(await scanGraph(store))).toEqual(canonical(expected));
        // one record per write, whichever way it went
        expect(await audits()).toBe(auditsBefore + sequence.length);
        // the sequence exercises the composed form for many kinds (node and link creates and updates)
        expect(lone).toBeGreaterThan(sequence.length / 3);
        // a write of several changes: BEGIN, its statements, the audit record, COMMIT
        const before = store.roundTrips;
        await store.write((tx) => writeAudited(tx, [
          { kind: 'person.upserted', person: fullPerson('w3-many-1'), created: true },
          { kind: 'knows.upserted', fromId: 'u-1', toId: 'w3-many-1', strength: 0.5, lastContactAt: null, since: null, created: true },
        ], entry(999, ['w3-many-1'])));
        expect(store.roundTrips - before).toBe(5);
        expect(await audits()).toBe(auditsBefore + sequence.length + 1);
      });

      it('an audited change the store disagrees with fails with CONFLICT and writes neither the change nor its audit record', async () => {
        const before = canonical(await scanGraph(store));
        const count = async () => Number((await store.read('audit.count', { needle: ' ', actor: 'contract-conflict' }))[0].n);
        const entry = { id: '2026-11-01T00:00:00.000Z~conflict', at: '2026-11-01T00:00:00.000Z', actor: 'contract-conflict', role: 'ADMIN', operation: 'contract', ids: ['u-1'], changes: [] };
        const missing: Change[] = [
          { kind: 'knows.upserted', fromId: 'u-1', toId: 'nobody', strength: 1, lastContactAt: null, since: null, created: true },
          { kind: 'knows.upserted', fromId: 'u-1', toId: 'nobody', strength: 1, lastContactAt: null, since: null, created: false },
          { kind: 'person.upserted', person: fullPerson('nobody'), created: false },
          { kind: 'influence.upserted', fromId: 'u-1', toId: 'nobody', strength: 1, note: null, since: null, created: false },
        ];
        for (const c of missing) {
          expect(loneAuditable(plan([c])), c.kind).not.toBeNull();
          await expect(store.write((tx) => writeAudited(tx, [c], entry)), c.kind).rejects.toMatchObject({ code: 'CONFLICT' });
        }
        // a duplicate key fails the one statement: nothing of it is left either
        await expect(store.write((tx) => writeAudited(tx, [{ kind: 'person.upserted', person: fullPerson('u-1'), created: true }], entry))).rejects.toBeTruthy();
        expect(await count()).toBe(0);
        expect(canonical(await scanGraph(store))).toEqual(before);
      });

      it('a single change costs one round trip', async () => {
        const before = store.roundTrips;
        await store.write((tx) => writeChanges(tx, [{ kind: 'person.upserted', person: fullPerson('rt-1'), created: true }]));
        expect(store.roundTrips - before).toBe(1);
      });

      it('a change the store disagrees with fails with CONFLICT and writes nothing', async () => {
        const before = canonical(await scanGraph(store));
        const missing: Change[] = [
          { kind: 'knows.upserted', fromId: 'u-1', toId: 'nobody', strength: 1, lastContactAt: null, since: null, created: true },
          { kind: 'knows.upserted', fromId: 'u-1', toId: 'u-2', strength: 1, lastContactAt: null, since: null, created: false },
          { kind: 'person.upserted', person: fullPerson('nobody'), created: false },
          { kind: 'employment.set', personId: 'u-1', companyId: 'g1', title: null, since: null, previousCompanyId: 'g5' },
          // a version written twice (two writers from the same version): the second fails on the node key, never overwrites
          { kind: 'plan.versioned', version: { ...graph.plans![0], sections: { ...graph.plans![0].sections, roleToday: 'STRATEGIC' } } },
          // a correction of an activity the store does not hold, and a position that is not there
          { kind: 'activity.upserted', activity: { ...graph.activities![0], id: 'nowhere' }, created: false },
          { kind: 'competitor.upserted', link: { companyId: 'cmp-1', accountId: 'g1', area: 'Nowhere', estimatedShare: 0.1 }, created: false },
        ];
        for (const c of missing) await expect(store.write((tx) => writeChanges(tx, [c])), c.kind).rejects.toMatchObject({ code: 'CONFLICT' });
        // in a unit with other changes, the earlier ones are rolled back too
        await expect(
          store.write((tx) => writeChanges(tx, [{ kind: 'person.upserted', person: fullPerson('cf-1'), created: true }, missing[1]])),
        ).rejects.toMatchObject({ code: 'CONFLICT' });
        await expect(store.write((tx) => writeChanges(tx, [{ kind: 'person.upserted', person: fullPerson('u-1'), created: true }]))).rejects.toMatchObject({ code: 'CONFLICT' });
        expect(canonical(await scanGraph(store))).toEqual(before);
        await store.write((tx) => writeChanges(tx, [{ kind: 'person.upserted', person: fullPerson('cf-2'), created: true }]));
        expect(await store.read('person.byIds', { ids: ['cf-2'] })).toHaveLength(1);
      });
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
      await expect(store.scan('no.such.query', () => undefined)).rejects.toThrow(/unknown query/);
    });

    describe('on an emptied store (clears the database)', () => {
      let empty: GraphStore;
      beforeAll(async () => {
        empty = await open();
        await empty.write((tx) => writeChanges(tx, [{ kind: 'graph.cleared' }]));
      });
      afterAll(async () => {
        if (empty !== store) await empty?.close();
      });

      it('writes every change kind from nothing, one change per write and all in one write', async () => {
        expect(canonical(await scanGraph(empty))).toEqual([]);
        const after = await applyAndCheck(empty, emptyGraph(), changeSequence('f1-'), false);
        await applyAndCheck(empty, after, changeSequence('f2-'), true);
      });

      it('bulk-loads commas, quotes, newlines, backslashes, empty strings and nulls exactly: into an empty store, then into a non-empty one', async () => {
        await empty.write((tx) => writeChanges(tx, [{ kind: 'graph.cleared' }]));
        const a = nastyGraph('a-');
        await empty.bulkLoad(a);
        expect(canonical(await scanGraph(empty))).toEqual(canonical(a));
        // non-empty: new items, plus updates of existing ones
        const b = nastyGraph('b-');
        const changed = { ...a, people: a.people.map((p) => ({ ...p, name: `${p.name}!`, email: null })), companies: a.companies.map((c) => ({ ...c, tier: 'A' })) };
        const progress: string[] = [];
        await empty.bulkLoad({ ...b, companies: [...b.companies, ...changed.companies], people: [...b.people, ...changed.people] }, (part, done, total) => progress.push(`${part} ${done}/${total}`));
        const expected = canonical({
          ...b, companies: [...b.companies, ...changed.companies], people: [...b.people, ...changed.people], worksAt: [...a.worksAt, ...b.worksAt], partOf: [...a.partOf, ...b.partOf],
          reportsTo: [...a.reportsTo, ...b.reportsTo], influences: [...a.influences, ...b.influences], knows: [...a.knows, ...b.knows], onTeam: [...a.onTeam, ...b.onTeam],
          products: [...a.products!, ...b.products!], sales: [...a.sales!, ...b.sales!], potentials: [...a.potentials!, ...b.potentials!],
        });
        expect(canonical(await scanGraph(empty))).toEqual(expected);
        expect(progress).toContain(`knows ${b.knows.length}/${b.knows.length}`);
      });

      it('a bulk load into an empty store that fails leaves it empty and usable', async () => {
        await empty.write((tx) => writeChanges(tx, [{ kind: 'graph.cleared' }]));
        const bad = nastyGraph('z-');
        bad.knows.push({ fromId: 'z-p1', toId: 'no-such-person', strength: 1, lastContactAt: null, since: null });
        if (empty.engine === 'ladybug') {
          // COPY refuses the dangling link; the store is emptied again
          await expect(empty.bulkLoad(bad)).rejects.toThrow();
          expect(canonical(await scanGraph(empty))).toEqual([]);
        } else {
          // UNWIND batches skip it, as MATCH does
          await empty.bulkLoad(bad);
          await empty.write((tx) => writeChanges(tx, [{ kind: 'graph.cleared' }]));
        }
        await empty.bulkLoad(nastyGraph('y-'));
        expect(canonical(await scanGraph(empty))).toEqual(canonical(nastyGraph('y-')));
      });
    });

  });
}
