import { stringify } from 'csv-stringify/sync';
import type { Change } from '../domain/changes.js';
import type { GraphData } from '../domain/graph-data.js';
import type { Writer } from '../readmodel/writer.js';
import { planImport, type ImportSummary } from './import-plan.js';
import { readBundle, type BundleSource, type Problem } from './reader.js';

export interface ImportOptions {
  /** write the valid rows and report the rest (default: all-or-nothing) */
  skipInvalid?: boolean;
  /** validate and plan only; write nothing */
  dryRun?: boolean;
  /** progress: rows read per file, then rows written per part (`total` when known) */
  progress?: (phase: string, done: number, total: number | null, finished: boolean) => void;
}

/** What an import did: the same shape from the CLI, the HTTP endpoint and tests. */
export interface ImportResult {
  /** true when something was written */
  written: boolean;
  /** how: the engine's bulk path (empty store), typed changes, or nothing */
  mode: 'bulk' | 'changes' | 'none';
  summary: ImportSummary;
  problems: Problem[];
  /** the rejects file (`--skip-invalid`): file, line, reason — CSV text, header included; null when none */
  rejects: string | null;
  changes: number;
  ms: number;
  /** where the time went: reading and parsing, validating and planning, writing */
  phases: { readMs: number; planMs: number; writeMs: number };
}

/**
 * Runs an import (DESIGN §8; docs/data-exchange.md): reads and parses the
 * whole bundle, plans it against the graph under the writer's lock
 * (validation complete before anything is written), then — unless there is
 * a problem and `skipInvalid` is off — writes it in one go. The CLI's
 * offline path, the CLI through a server (`POST /import`) and the tests all
 * come here, so they give the same result.
 */
export async function runImport(writer: Writer, source: BundleSource, options: ImportOptions = {}): Promise<ImportResult> {
  const started = performance.now();
  const readProblems: Problem[] = [];
  const bundle = await readBundle(source, readProblems, (file, n, done) => options.progress?.(`read ${file}`, n, null, done));
  const readMs = performance.now() - started;
  let planned = 0;
  return writer.commitBulk(async (g) => {
    const t = performance.now();
    const plan = await planImport(g, bundle, readProblems, source.locate);
    if (source.locate) {
      // report problems where the user can find them: in the files they gave
      for (const p of plan.problems) if (p.line > 0) Object.assign(p, source.locate(p.file, p.line));
      for (const r of plan.rejected) Object.assign(r, source.locate(r.file, r.line));
    }
    const refused = plan.problems.length > 0 && !options.skipInvalid;
    const write = !refused && !options.dryRun && plan.changes.length > 0;
    const result: ImportResult = {
      written: write,
      mode: write ? (plan.allNew ? 'bulk' : 'changes') : 'none',
      summary: plan.summary,
      problems: plan.problems,
      rejects: plan.rejected.length ? stringify(plan.rejected, { header: true, columns: ['file', 'line', 'reason'] }) : null,
      changes: write ? plan.changes.length : 0,
      ms: 0,
      phases: { readMs: 0, planMs: 0, writeMs: 0 },
    };
    planned = performance.now();
    result.phases.planMs = Math.round(planned - t);
    if (!write) return { changes: [], result, bulk: null, summary: null };
    return {
      changes: plan.changes, result, bulk: plan.allNew ? asGraphData(plan.changes) : null, summary: { summary: plan.summary, changes: plan.changes.length },
      onProgress: options.progress && ((part: string, done: number, total: number) => options.progress!(`write ${part}`, done, total, done === total)),
    };
  }).then((r) => {
    const end = performance.now();
    return { ...r, ms: Math.round(end - started), phases: { readMs: Math.round(readMs), planMs: r.phases.planMs, writeMs: r.written ? Math.round(end - planned) : 0 } };
  });
}

/** The changes of an import into an empty store (all creations) as rows for the engine's bulk path. */
export function asGraphData(changes: readonly Change[]): GraphData {
  const g: GraphData = { companies: [], people: [], worksAt: [], partOf: [], reportsTo: [], influences: [], knows: [], onTeam: [] };
  for (const c of changes) {
    switch (c.kind) {
      case 'company.upserted': g.companies.push(c.company); break;
      case 'person.upserted': g.people.push(c.person); break;
      case 'employment.set': g.worksAt.push({ personId: c.personId, companyId: c.companyId, title: c.title, since: c.since }); break;
      case 'parent.set': g.partOf.push({ unitId: c.unitId, parentId: c.parentId }); break;
      case 'manager.set': g.reportsTo.push({ personId: c.personId, managerId: c.managerId, since: c.since }); break;
      case 'influence.upserted': g.influences.push({ fromId: c.fromId, toId: c.toId, strength: c.strength, note: c.note, since: c.since }); break;
      case 'knows.upserted': g.knows.push({ fromId: c.fromId, toId: c.toId, strength: c.strength, lastContactAt: c.lastContactAt, since: c.since }); break;
      case 'team.upserted': g.onTeam.push({ personId: c.personId, companyId: c.companyId, role: c.role }); break;
      case 'interaction.upserted': (g.interactions ??= []).push(c.interaction); break;
      case 'potential.set': (g.potentials ??= []).push(c.potential); break;
      case 'product.upserted': (g.products ??= []).push(c.product); break;
      case 'sale.upserted': (g.sales ??= []).push(c.sale); break;
      case 'competitor.upserted': (g.competesAt ??= []).push(c.link); break;
      case 'partner.added': (g.partnersAt ??= []).push(c.link); break;
      default: throw new Error(`an import into an empty store only creates; got ${c.kind}`);
    }
  }
  return g;
}
