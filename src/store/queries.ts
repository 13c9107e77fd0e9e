import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import type { EngineName } from './graph-store.js';

export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

/**
 * Every query text, by name and engine. `name.cypher` serves both engines;
 * `name.ladybug.cypher` / `name.neo4j.cypher` override it where the dialects
 * truly differ (cypher-portability §4: shortest paths, DDL).
 */
export interface QueryFile {
  name: string;
  engine: EngineName | 'both';
  file: string;
  text: string;
}

export function listQueryFiles(dir = CYPHER_DIR): QueryFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const m = /^(.+?)(?:\.(ladybug|neo4j))?\.cypher$/.exec(f)!;
      return { name: m[1], engine: (m[2] as EngineName | undefined) ?? 'both', file: f, text: readFileSync(join(dir, f), 'utf8').trim() };
    });
}

/** The query texts one engine uses, keyed by name. Loaded once per store. */
export function loadQueries(engine: EngineName, dir = CYPHER_DIR): Map<string, string> {
  const out = new Map<string, string>();
  const files = listQueryFiles(dir);
  for (const f of files) if (f.engine === 'both') out.set(f.name, f.text);
  for (const f of files) if (f.engine === engine) out.set(f.name, f.text);
  return out;
}
