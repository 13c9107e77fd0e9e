import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOptions, cypherString, writeCsv } from '../../src/store/csv.js';

const dir = mkdtempSync(join(tmpdir(), 'kamgraph-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLUMNS = [
  { field: 'id', type: 'string' as const },
  { field: 's', type: 'string' as const },
  { field: 'x', type: 'float' as const },
  { field: 'b', type: 'bool' as const },
  { field: 'd', type: 'date' as const },
];

/** Writes the rows, COPYs them into a fresh in-memory table, and reads them back. */
async function roundTrip(rows: Record<string, unknown>[]) {
  const file = join(dir, `t-${Math.random().toString(36).slice(2)}.csv`);
  const info = await writeCsv(file, ['id', 's', 'x', 'b', 'd'], COLUMNS, rows);
  const db = new lbug.Database(':memory:');
  const conn = new lbug.Connection(db);
  try {
    const run = async (q: string) => {
      const r = await conn.query(q);
      return (Array.isArray(r) ? r[r.length - 1] : r).getAllSync();
    };
    await run('CREATE NODE TABLE T(id STRING, s STRING, x DOUBLE, b BOOLEAN, d DATE, PRIMARY KEY(id))');
    await run(`COPY T FROM ${cypherString(file)} ${copyOptions(info)}`);
    const back = await run('MATCH (t:T) RETURN t.id AS id, t.s AS s, t.x AS x, t.b AS b, CAST(t.d AS STRING) AS d');
    return { info, text: readFileSync(file, 'utf8'), back: Object.fromEntries(back.map((r: any) => [r.id, r])) };
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

describe('CSV files for COPY FROM', () => {
  it('round-trips awkward strings, empty vs null, numbers, booleans and dates exactly', async () => {
    const strings = ['', 'a,b', '"q"', 'multi\nline', 'cr\r\n', 'back\\slash\\', ' pad ', 'ünï', "it's", '\t'];
    const rows = strings.map((s, i) => ({ id: `k${i}`, s, x: [0.1, 1, 1e-7, 0.1234567890123456, 123456789.5][i % 5], b: i % 3 === 0 ? null : i % 2 === 0, d: i % 2 ? '2024-02-29' : null }));
    rows.push({ id: 'null', s: null as unknown as string, x: null as unknown as number, b: null, d: null });
    const { info, back } = await roundTrip(rows);
    expect(info).toMatchObject({ rows: rows.length, nullToken: '\\N', quotedNewline: true });
    expect(copyOptions(info)).toContain('PARALLEL=false');
    for (const r of rows) expect(back[r.id], r.id).toEqual(r);
  });

  it('picks another null token when a value equals \\N, and leaves PARALLEL on without newlines', async () => {
    const rows = [
      { id: 'a', s: '\\N', x: 1, b: true, d: '2020-01-01' },
      { id: 'b', s: null, x: 2, b: false, d: null },
    ];
    const { info, back } = await roundTrip(rows);
    expect(info.nullToken).toBe('\\N1');
    expect(info.quotedNewline).toBe(false);
    expect(copyOptions(info)).not.toContain('PARALLEL');
    expect(back.a.s).toBe('\\N');
    expect(back.b.s).toBeNull();
  });
});
