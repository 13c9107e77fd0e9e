import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LadybugStore } from '../../src/store/ladybug.store.js';
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
