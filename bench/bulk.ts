/**
 * Bulk load against the engine's floor: the same graph loaded twice into
 * fresh LadybugDB file stores in temporary directories, once by the engine's
 * own `COPY FROM` of CSV files written beforehand (the floor: nothing but the
 * engine's work is timed), once by `GraphStore.bulkLoad` end to end (CSV
 * writing included). Both stores are opened with the same options.
 *
 *   node dist/bench/bulk.js [--scale M] [--no-compression]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import lbug from '@ladybugdb/core';
import type { GraphData } from '../src/domain/graph-data.js';
import { generateGraph, type ScaleName } from '../src/generator/generate.js';
import { copyOptions, cypherString, writeCsv, type CsvFileInfo } from '../src/store/csv.js';
import { csvColumns, PART_DEFS, partRows, uniqueById } from '../src/store/graph-parts.js';
import { LadybugStore } from '../src/store/ladybug.store.js';

export interface BulkMeasurement {
  /** the engine's COPY FROM of every table, CSV files already written */
  copyFromMs: number;
  /** GraphStore.bulkLoad into an empty store, end to end */
  bulkLoadMs: number;
  /** bulkLoadMs / copyFromMs */
  ratio: number;
  /** writing the floor's CSV files (not part of copyFromMs) */
  csvWriteMs: number;
  /** COPY time per table of the floor run */
  copyByTable: Record<string, number>;
  /** the engine's CHECKPOINT right after the floor's COPY statements: bulkLoad ends with one too (WAL folded into the data files) */
  floorCheckpointMs: number;
  /** bulkLoadMs / (copyFromMs + floorCheckpointMs): both ends in the same state */
  ratioWithCheckpoint: number;
}

export async function measureBulk(graph: GraphData, options: { compression?: boolean } = {}): Promise<BulkMeasurement> {
  const compression = options.compression ?? true;
  const root = mkdtempSync(join(tmpdir(), 'kamgraph-bulkbench-'));
  try {
    // --- the floor: CSV files first (untimed by the floor), then only the engine's COPY statements
    const csvDir = join(root, 'csv');
    const floorPath = join(root, 'floor', 'db.lbug');
    const setup = new LadybugStore({ path: floorPath, compression });
    await setup.init(); // tables and macros, exactly as a store has them
    await setup.close();
    let t = performance.now();
    const files: { table: string; file: string; info: CsvFileInfo }[] = [];
    mkdirSync(csvDir, { recursive: true });
    for (const def of PART_DEFS) {
      const all = partRows(graph, def);
      const rows = def.ends ? all : uniqueById(all);
      if (rows.length === 0) continue;
      const { header, columns } = csvColumns(def);
      const file = join(csvDir, `${def.table}.csv`);
      files.push({ table: def.table, file, info: await writeCsv(file, header, columns, rows) });
    }
    const csvWriteMs = performance.now() - t;
    const db = new lbug.Database(floorPath, 0, compression, false, 2 ** 38);
    const conn = new lbug.Connection(db);
    const copyByTable: Record<string, number> = {};
    t = performance.now();
    for (const f of files) {
      const t1 = performance.now();
      const res = await conn.query(`COPY \`${f.table}\` FROM ${cypherString(f.file)} ${copyOptions(f.info)}`);
      for (const r of Array.isArray(res) ? res : [res]) r.close();
      copyByTable[f.table] = Math.round(performance.now() - t1);
    }
    const copyFromMs = performance.now() - t;
    t = performance.now();
    for (const r of [await conn.query('CHECKPOINT')].flat()) r.close();
    const floorCheckpointMs = performance.now() - t;
    conn.closeSync();
    db.closeSync();
    rmSync(join(root, 'floor'), { recursive: true, force: true });
    rmSync(csvDir, { recursive: true, force: true });

    // --- our bulk load, end to end
    const store = new LadybugStore({ path: join(root, 'store', 'db.lbug'), compression });
    await store.init();
    t = performance.now();
    await store.bulkLoad(graph);
    const bulkLoadMs = performance.now() - t;
    await store.close();

    return {
      copyFromMs: Math.round(copyFromMs), bulkLoadMs: Math.round(bulkLoadMs), ratio: Math.round((bulkLoadMs / copyFromMs) * 100) / 100, csvWriteMs: Math.round(csvWriteMs), copyByTable,
      floorCheckpointMs: Math.round(floorCheckpointMs), ratioWithCheckpoint: Math.round((bulkLoadMs / (copyFromMs + floorCheckpointMs)) * 100) / 100,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const scale = (arg('scale') ?? 'M') as ScaleName;
  const graph = generateGraph(scale, 42, new Date('2026-11-01T00:00:00Z'));
  const result = await measureBulk(graph, { compression: !process.argv.includes('--no-compression') });
  console.log(JSON.stringify({ scale, ...result }, null, 2));
}
