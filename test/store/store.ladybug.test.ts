import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WrittenStatement } from '../../src/store/graph-store.js';
import { LadybugStore } from '../../src/store/ladybug.store.js';
import { fullPerson } from './graph-model.js';
import { storeContract } from './store-contract.js';

storeContract('LadybugDB (in memory)', async () => {
  const s = new LadybugStore({ path: ':memory:' });
  await s.init();
  return s;
});

describe('LadybugDB on a file', () => {
  it('keeps data between runs, and schema set-up is idempotent', async () => {
    const dir = join(tmpdir(), `kamgraph-${process.pid}-${Date.now()}`);
    const path = join(dir, 'db.lbug');
    try {
      const a = new LadybugStore({ path });
      await a.init();
      await a.write((tx) => tx.run('company.upsert', { rows: [{ id: 'k1', name: 'Keep', kind: 'CUSTOMER', unitLevel: null, country: null, segment: null, isKeyAccount: true, tier: null }] }));
      await a.close();
      const b = new LadybugStore({ path });
      await b.init(); // second run: tables and macros already exist
      await b.init();
      const rows = await b.read('company.byIds', { ids: ['k1'] });
      expect(rows[0].company.name).toBe('Keep');
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('LadybugDB writes without BEGIN/COMMIT when a unit has one statement', () => {
  const open = async () => {
    const s = new LadybugStore({ path: ':memory:' });
    await s.init();
    return s;
  };
  const personParams = (id: string): Record<string, unknown> => ({ ...fullPerson(id) });

  it('a lone last statement is one round trip; a unit of several is BEGIN + statements + COMMIT; an empty one costs nothing', async () => {
    const s = await open();
    try {
      let before = s.roundTrips;
      await s.write((tx) => tx.run('person.create', personParams('a1'), { last: true }));
      expect(s.roundTrips - before).toBe(1);
      before = s.roundTrips;
      await s.write(async (tx) => {
        await tx.run('person.create', personParams('a2'));
        await tx.run('person.create', personParams('a3'), { last: true });
      });
      expect(s.roundTrips - before).toBe(4);
      before = s.roundTrips;
      await s.write(async () => undefined);
      expect(s.roundTrips - before).toBe(0);
      expect(await s.read('person.existing', { ids: ['a1', 'a2', 'a3'] })).toHaveLength(3);
    } finally {
      await s.close();
    }
  });

  it('after a lone last statement the unit is committed: no further statement runs, and a later failure does not undo it (listeners still hear of it)', async () => {
    const s = await open();
    const heard: (readonly WrittenStatement[])[] = [];
    s.onCommit((w) => heard.push(w));
    try {
      await expect(
        s.write(async (tx) => {
          await tx.run('person.create', personParams('b1'), { last: true });
          await tx.run('person.create', personParams('b2'));
        }),
      ).rejects.toThrow(/already ran its last statement/);
      await expect(
        s.write(async (tx) => {
          await tx.run('person.create', personParams('b3'), { last: true });
          throw new Error('late failure');
        }),
      ).rejects.toThrow('late failure');
      expect((await s.read('person.existing', { ids: ['b1', 'b2', 'b3'] })).map((r) => r.key).sort()).toEqual(['b1', 'b3']);
      expect(heard.map((w) => w.map((x) => x.params.id))).toEqual([['b1'], ['b3']]);
    } finally {
      await s.close();
    }
  });

  it('a failed lone statement replaces the writer connection and the store stays usable', async () => {
    const s = await open();
    try {
      await s.write((tx) => tx.run('person.create', personParams('c1'), { last: true }));
      await expect(s.write((tx) => tx.run('person.create', personParams('c1'), { last: true }))).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(s.write((tx) => tx.run('person.create', { ...personParams('c2'), leftAt: 'not a date' }, { last: true }))).rejects.toThrow();
      for (let i = 0; i < 5; i++) await s.write((tx) => tx.run('person.create', personParams(`c-ok-${i}`), { last: true }));
      expect(await s.read('person.existing', { ids: ['c1', 'c2', 'c-ok-4'] })).toHaveLength(2);
    } finally {
      await s.close();
    }
  });
});
