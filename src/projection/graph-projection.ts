import type { CompanyRecord, PersonRecord } from '../domain/records.js';
import type { GraphStore, Row, WrittenStatement } from '../store/index.js';
import { logger } from '../logger.js';

export interface KnowsEdge { strength: number; lastContactAt: string | null }
export interface InfluenceEdge { strength: number }

type Links = Map<string, Set<string>>;
const link = (m: Links, a: string, b: string) => {
  let s = m.get(a);
  if (!s) m.set(a, (s = new Set()));
  s.add(b);
};
const unlink = (m: Links, a: string, b: string) => {
  const s = m.get(a);
  if (s) {
    s.delete(b);
    if (s.size === 0) m.delete(a);
  }
};
type Weighted<E> = Map<string, Map<string, E>>;
const setW = <E>(m: Weighted<E>, a: string, b: string, e: E) => {
  let s = m.get(a);
  if (!s) m.set(a, (s = new Map()));
  s.set(b, e);
};
const delW = <E>(m: Weighted<E>, a: string, b: string) => {
  const s = m.get(a);
  if (s) {
    s.delete(b);
    if (s.size === 0) m.delete(a);
  }
};

export interface ProjectionOptions {
  /** rebuild from the store when older than this many seconds (0: never; in-process writes are applied as they commit) */
  refreshSeconds?: number;
}

/**
 * An in-memory copy of the relationship graph that the analytics read
 * (coverage, risk, influence). Why: LadybugDB's Node binding needs tens of
 * microseconds per property value returned, so fetching an account's
 * subgraph per request (~2,000 rows at scale M) costs 100+ ms before any
 * computation; the issues' latency targets need the graph in memory.
 *
 * It is built from the store with bulk `projection.*` queries and then kept
 * exact by replaying every committed write (`GraphStore.onCommit`): each write
 * query has a handler below that mirrors its Cypher. A write query without a
 * handler marks the projection stale, and the next read rebuilds it. Writes
 * made by other processes (several API instances on one Neo4j) are picked up
 * by the periodic rebuild (`refreshSeconds`). The store stays the source of truth.
 */
export class GraphProjection {
  persons = new Map<string, PersonRecord>();
  companies = new Map<string, CompanyRecord>();
  employers: Links = new Map(); // person → companies (WORKS_AT)
  staff: Links = new Map(); // company → people
  parents: Links = new Map(); // unit → parent (PART_OF)
  units: Links = new Map(); // parent → units
  managers: Links = new Map(); // person → manager (REPORTS_TO)
  reports: Links = new Map(); // manager → people
  knowsOut: Weighted<KnowsEdge> = new Map();
  knowsIn: Weighted<KnowsEdge> = new Map();
  influencesOut: Weighted<InfluenceEdge> = new Map();
  influencesIn: Weighted<InfluenceEdge> = new Map();
  /** bumped on every change; derived caches compare against it */
  version = 0;

  private building: Promise<void> | null = null;
  private builtAt = 0;
  private stale = true;
  private queued: WrittenStatement[][] = [];
  private derived = new Map<string, { version: number; value: unknown }>();

  constructor(private readonly store: GraphStore, private readonly options: ProjectionOptions = {}) {
    store.onCommit((statements) => {
      // applied now, so readers see it at once, and replayed after a rebuild that is reading the store
      if (this.building) this.queued.push([...statements]);
      try {
        this.applyAll(statements);
      } catch (err) {
        // the write is committed whatever happens here: rebuild from the store rather than fail it
        this.stale = true;
        logger.error({ err }, 'analytics projection could not apply a write; it will be rebuilt');
      }
    });
  }

  /**
   * Resolves once the projection reflects every write this process committed
   * (building it first if it was never built or is stale). When only the
   * refresh period has passed, the rebuild runs in the background and the
   * current projection keeps answering meanwhile.
   */
  async ready(): Promise<this> {
    const ttl = (this.options.refreshSeconds ?? 0) * 1000;
    if (this.builtAt > 0 && !this.stale && !this.building && ttl > 0 && Date.now() - this.builtAt > ttl) {
      void this.rebuild().catch((err) => logger.error({ err }, 'analytics projection refresh failed'));
    }
    while (this.stale || (this.building && this.builtAt === 0)) await this.rebuild();
    return this;
  }

  private rebuild(): Promise<void> {
    this.building ??= this.build().finally(() => (this.building = null));
    return this.building;
  }

  /** A value derived from the projection, recomputed only after a change. */
  memo<T>(key: string, compute: () => T): T {
    const hit = this.derived.get(key);
    if (hit && hit.version === this.version) return hit.value as T;
    if (this.derived.size >= 20_000 || (hit && hit.version !== this.version)) this.prune();
    const value = compute();
    this.derived.set(key, { version: this.version, value });
    return value;
  }

  /** Forgets every derived value (the benchmark uses it to time cold requests, as right after a write). */
  dropDerived() {
    this.derived.clear();
  }

  /** Drops derived values of older versions (and everything when the cache grows too big). */
  private prune() {
    for (const [k, v] of this.derived) if (v.version !== this.version || this.derived.size >= 20_000) this.derived.delete(k);
  }

  private async build(): Promise<void> {
    const started = Date.now();
    this.stale = false;
    const read = (q: string) => this.store.read(q);
    const [companies, people, worksAt, partOf, reportsTo, influences, knows] = await Promise.all([
      read('projection.companies'), read('projection.people'), read('projection.worksAt'), read('projection.partOf'),
      read('projection.reportsTo'), read('projection.influences'), read('projection.knows'),
    ]);
    this.reset();
    for (const r of companies) this.companies.set(r.company.id, r.company);
    for (const r of people) this.persons.set(r.person.id, r.person);
    for (const r of worksAt) this.addEmployment(r.personId, r.companyId);
    for (const r of partOf) this.addParent(r.unitId, r.parentId);
    for (const r of reportsTo) this.addManager(r.personId, r.managerId);
    for (const r of influences) this.setInfluence(r.fromId, r.toId, r.strength);
    for (const r of knows) this.setKnows(r.fromId, r.toId, r.strength, r.lastContactAt);
    // writes committed while the bulk reads ran: replay them in commit order (every handler is idempotent)
    const queued = this.queued;
    this.queued = [];
    for (const s of queued) this.applyAll(s);
    this.builtAt = Date.now();
    this.version++;
    logger.debug({ ms: Date.now() - started, people: this.persons.size, knows: knows.length }, 'analytics projection built');
  }

  private reset() {
    for (const m of [this.persons, this.companies, this.employers, this.staff, this.parents, this.units, this.managers, this.reports, this.knowsOut, this.knowsIn, this.influencesOut, this.influencesIn]) m.clear();
    this.version++;
  }

  private applyAll(statements: readonly WrittenStatement[]) {
    for (const s of statements) {
      const handler = HANDLERS[s.query];
      if (handler) handler(this, s.params);
      else if (!READ_ONLY.test(s.query)) this.stale = true;
    }
    this.version++;
  }

  // --- mutations mirroring the write queries (only between nodes that exist, as MATCH does)
  addEmployment(p: string, c: string) { if (this.persons.has(p) && this.companies.has(c)) { link(this.employers, p, c); link(this.staff, c, p); } }
  removeEmployment(p: string, c: string) { unlink(this.employers, p, c); unlink(this.staff, c, p); }
  addParent(u: string, parent: string) { if (this.companies.has(u) && this.companies.has(parent)) { link(this.parents, u, parent); link(this.units, parent, u); } }
  removeParent(u: string, parent: string) { unlink(this.parents, u, parent); unlink(this.units, parent, u); }
  addManager(p: string, m: string) { if (this.persons.has(p) && this.persons.has(m)) { link(this.managers, p, m); link(this.reports, m, p); } }
  removeManager(p: string, m: string) { unlink(this.managers, p, m); unlink(this.reports, m, p); }
  setInfluence(a: string, b: string, strength: number | string) {
    if (this.persons.has(a) && this.persons.has(b)) { const e = { strength: Number(strength) }; setW(this.influencesOut, a, b, e); setW(this.influencesIn, b, a, e); }
  }
  removeInfluence(a: string, b: string) { delW(this.influencesOut, a, b); delW(this.influencesIn, b, a); }
  setKnows(a: string, b: string, strength: number | string, lastContactAt: string | null) {
    if (this.persons.has(a) && this.persons.has(b)) { const e = { strength: Number(strength), lastContactAt: lastContactAt ?? null }; setW(this.knowsOut, a, b, e); setW(this.knowsIn, b, a, e); }
  }
  removeKnows(a: string, b: string) { delW(this.knowsOut, a, b); delW(this.knowsIn, b, a); }

  deletePerson(id: string) {
    for (const c of [...(this.employers.get(id) ?? [])]) this.removeEmployment(id, c);
    for (const m of [...(this.managers.get(id) ?? [])]) this.removeManager(id, m);
    for (const s of [...(this.reports.get(id) ?? [])]) this.removeManager(s, id);
    for (const b of [...(this.knowsOut.get(id)?.keys() ?? [])]) this.removeKnows(id, b);
    for (const a of [...(this.knowsIn.get(id)?.keys() ?? [])]) this.removeKnows(a, id);
    for (const b of [...(this.influencesOut.get(id)?.keys() ?? [])]) this.removeInfluence(id, b);
    for (const a of [...(this.influencesIn.get(id)?.keys() ?? [])]) this.removeInfluence(a, id);
    this.persons.delete(id);
  }

  deleteCompany(id: string) {
    for (const p of [...(this.staff.get(id) ?? [])]) this.removeEmployment(p, id);
    for (const parent of [...(this.parents.get(id) ?? [])]) this.removeParent(id, parent);
    for (const u of [...(this.units.get(id) ?? [])]) this.removeParent(u, id);
    this.companies.delete(id);
  }

  // --- reads
  /** The first of a set (our API keeps one employer / parent / manager). */
  one(m: Links, id: string): string | null {
    const s = m.get(id);
    return s && s.size ? s.values().next().value! : null;
  }
}

const READ_ONLY = /\.(byIds|list|side|dependents|ancestorPath|managerPath|employer|manager|directReports|influences|influencedBy|knows|knownBy|teams|parent|units|people|team|counts|dump)$/;
type Rows = Row[];
const rows = (p: Record<string, unknown>) => (p.rows as Rows) ?? [];
const ids = (p: Record<string, unknown>) => (p.ids as string[]) ?? [];

/** One handler per write query in cypher/, doing in memory what its Cypher does. */
const HANDLERS: Record<string, (g: GraphProjection, params: Record<string, unknown>) => void> = {
  'company.upsert': (g, p) => { for (const r of rows(p)) g.companies.set(r.id, { ...(r as CompanyRecord) }); },
  'person.upsert': (g, p) => { for (const r of rows(p)) g.persons.set(r.id, { ...(r as PersonRecord), leftAt: r.leftAt ?? null }); },
  'company.delete': (g, p) => { for (const id of ids(p)) g.deleteCompany(id); },
  'person.delete': (g, p) => { for (const id of ids(p)) g.deletePerson(id); },
  'worksAt.clear': (g, p) => { for (const id of ids(p)) for (const c of [...(g.employers.get(id) ?? [])]) g.removeEmployment(id, c); },
  'worksAt.merge': (g, p) => { for (const r of rows(p)) g.addEmployment(r.personId, r.companyId); },
  'worksAt.delete': (g, p) => { for (const r of rows(p)) g.removeEmployment(r.personId, r.companyId); },
  'partOf.clear': (g, p) => { for (const id of ids(p)) for (const c of [...(g.parents.get(id) ?? [])]) g.removeParent(id, c); },
  'partOf.merge': (g, p) => { for (const r of rows(p)) g.addParent(r.unitId, r.parentId); },
  'partOf.delete': (g, p) => { for (const r of rows(p)) g.removeParent(r.unitId, r.parentId); },
  'reportsTo.clear': (g, p) => { for (const id of ids(p)) for (const m of [...(g.managers.get(id) ?? [])]) g.removeManager(id, m); },
  'reportsTo.merge': (g, p) => { for (const r of rows(p)) g.addManager(r.personId, r.managerId); },
  'reportsTo.delete': (g, p) => { for (const r of rows(p)) g.removeManager(r.personId, r.managerId); },
  'influences.merge': (g, p) => { for (const r of rows(p)) g.setInfluence(r.fromId, r.toId, r.strength); },
  'influences.delete': (g, p) => { for (const r of rows(p)) g.removeInfluence(r.fromId, r.toId); },
  'knows.merge': (g, p) => { for (const r of rows(p)) g.setKnows(r.fromId, r.toId, r.strength, r.lastContactAt ?? null); },
  'knows.delete': (g, p) => { for (const r of rows(p)) g.removeKnows(r.fromId, r.toId); },
  'onTeam.merge': () => {},
  'onTeam.delete': () => {},
  'graph.clear': (g) => {
    for (const id of [...g.persons.keys()]) g.deletePerson(id);
    for (const id of [...g.companies.keys()]) g.deleteCompany(id);
  },
};

/** The write queries the projection mirrors (a test checks every write query in cypher/ is here). */
export const MIRRORED_WRITES = Object.keys(HANDLERS);
