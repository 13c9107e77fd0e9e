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

/**
 * The query texts one engine uses, keyed by name. Loaded once per store.
 * Every change statement that can carry its audit record is also there as
 * `<name>+audit` (`auditedText`).
 */
export function loadQueries(engine: EngineName, dir = CYPHER_DIR): Map<string, string> {
  const out = new Map<string, string>();
  const files = listQueryFiles(dir);
  for (const f of files) if (f.engine === 'both') out.set(f.name, f.text);
  for (const f of files) if (f.engine === engine) out.set(f.name, f.text);
  const audit = out.get(AUDIT_QUERY);
  if (audit) {
    const names = auditableNames(files);
    for (const name of names) out.set(audited(name), auditedText(out.get(name)!, audit)!);
  }
  return out;
}

/** The audit record's own statement; also the clause of every `<change>+audit` statement. */
export const AUDIT_QUERY = 'audit.append';

/** The name of a change statement composed with its audit record. */
export const audited = (name: string) => `${name}+audit`;

const COUNT_RETURN = /\bRETURN count\(\*\) AS n\s*$/;

/**
 * A lone change statement and its audit record as one statement
 * (docs/store-plans.md "One statement per audited write"): the change up to
 * its final `RETURN count(*) AS n`, then `WITH count(*) AS n WHERE n > 0`,
 * the audit record's CREATE, and `RETURN n`. A change that touched nothing
 * yields no row, so no audit record either: the statement wrote nothing, and
 * the writer's count check fails the write. Null when the change does not end
 * in that RETURN.
 */
export function auditedText(change: string, audit: string): string | null {
  const m = COUNT_RETURN.exec(change);
  if (!m) return null;
  const clause = audit.split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n').trim();
  return `${change.slice(0, m.index).trimEnd()}\nWITH count(*) AS n WHERE n > 0\n${clause}\nRETURN n`;
}

/**
 * The change statements that have a `+audit` form: every file of the name
 * (both engines' texts) writes and ends in `RETURN count(*) AS n`.
 */
export function auditableNames(files: readonly QueryFile[] = listQueryFiles()): Set<string> {
  const byName = new Map<string, QueryFile[]>();
  for (const f of files) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  const out = new Set<string>();
  for (const [name, fs] of byName) {
    if (name !== AUDIT_QUERY && fs.every((f) => COUNT_RETURN.test(f.text) && /\b(CREATE|MERGE|SET|DELETE)\b/.test(f.text))) out.add(name);
  }
  return out;
}
