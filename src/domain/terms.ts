/**
 * The basic terms of docs/definitions.md (DESIGN §3) that every metric
 * builds on: our people, contacts of an account, the effective
 * relationship, an account's bounded subgraph. One module, used by the
 * services of every feature; it reads the graph only through `ReadGraph`.
 */
import { DECISION_ROLES, type UnitLevel } from './enums.js';
import type { CompanyRecord, PersonRecord } from './records.js';
import type { ReadGraph } from '../readmodel/read-graph.js';
import { fromDay, NO_DAY, toDay } from '../readmodel/days.js';

/** Thresholds of "Effective relationship", resolved for one query. */
export interface Thresholds {
  minStrength: number;
  maxAgeDays: number;
  /** `YYYY-MM-DD` */
  asOf: string;
}

export interface Unit {
  id: string;
  name: string;
  unitLevel: UnitLevel | null;
  parentId: string | null;
}

/** A contact of an account, with the unit they work at. */
export interface Contact extends PersonRecord {
  unitId: string;
}

/** An effective KNOWS link into a contact. */
export interface Holding {
  holderId: string;
  contactId: string;
  strength: number;
  lastContactAt: string | null;
}

/** A directed link between two contacts of one account. */
export interface AccountEdge {
  fromId: string;
  toId: string;
  type: 'INFLUENCES' | 'REPORTS_TO';
  strength: number | null;
}

/**
 * Everything the risk metrics need about one account: its unit tree, active
 * contacts, the effective relationships into them, and the influence /
 * reporting links among them.
 */
export interface AccountGraph {
  account: Unit;
  units: Unit[];
  contacts: Contact[];
  holdings: Holding[];
  edges: AccountEdge[];
}

/** `asOf - maxAgeDays` as `YYYY-MM-DD`: the oldest lastContactAt that still counts. */
export function cutoffDate(t: Thresholds): string {
  const d = new Date(`${t.asOf}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - t.maxAgeDays);
  return d.toISOString().slice(0, 10);
}

/** The cutoff as a day number (`days.ts`). */
export const cutoffDay = (t: Thresholds): number => toDay(cutoffDate(t));

/**
 * "Effective relationship": strength ≥ minStrength and lastContactAt no
 * older than maxAgeDays at asOf; a missing lastContactAt is stale.
 */
export function isEffective(strength: number, lastContact: number, t: Thresholds, cutoff = cutoffDay(t)): boolean {
  return strength >= t.minStrength && lastContact !== NO_DAY && lastContact >= cutoff;
}

/** "Decision makers": buying role DECISION_MAKER or ECONOMIC_BUYER. */
export const isDecisionMaker = (p: Pick<PersonRecord, 'buyingRole'>): boolean =>
  p.buyingRole !== null && DECISION_ROLES.includes(p.buyingRole);

/** Every unit below `c` (itself first), breadth-first, children in id order, with its parent inside the tree. */
export function unitTree(g: ReadGraph, companyId: string): Unit[] {
  const root = g.companyIndex(companyId);
  if (root < 0) return [];
  const rec = g.company(root);
  const out: Unit[] = [{ id: rec.id, name: rec.name, unitLevel: rec.unitLevel, parentId: null }];
  const idx = [root];
  const seen = new Set([root]);
  for (let i = 0; i < idx.length; i++) {
    const children: number[] = [];
    g.forEachUnit(idx[i], (u) => { if (!seen.has(u)) children.push(u); });
    children.sort((a, b) => (g.companyId(a) < g.companyId(b) ? -1 : 1));
    for (const u of children) {
      seen.add(u);
      idx.push(u);
      const c = g.company(u);
      out.push({ id: c.id, name: c.name, unitLevel: c.unitLevel, parentId: out[i].id });
    }
  }
  return out;
}

/** Index of the top of a company's PART_OF chain. */
export function rootIndex(g: ReadGraph, c: number): number {
  const seen = new Set([c]);
  for (let p = g.parentOf(c); p >= 0 && !seen.has(p); p = g.parentOf(c)) {
    seen.add(p);
    c = p;
  }
  return c;
}

/** Id of the top of a company's PART_OF chain. */
export function rootOf(g: ReadGraph, companyId: string): string {
  const c = g.companyIndex(companyId);
  return c < 0 ? companyId : g.companyId(rootIndex(g, c));
}

/** Our people, by index, with their records built on demand. */
export interface OurPeople {
  has(id: string): boolean;
  get(id: string): PersonRecord | undefined;
  hasIndex(i: number): boolean;
  readonly size: number;
}

/** "Our people": active persons working at a SUPPLIER company or any unit under it. */
export function ourPeople(g: ReadGraph): OurPeople {
  return g.memo('ourPeople', () => {
    const marked = new Set<number>();
    g.forEachCompany((c) => {
      if (g.companyKind(c) !== 'SUPPLIER') return;
      // walk this supplier unit's subtree
      const stack = [c];
      const seen = new Set(stack);
      while (stack.length) {
        const u = stack.pop()!;
        g.forEachStaff(u, (p) => { if (g.isActive(p)) marked.add(p); });
        g.forEachUnit(u, (x) => { if (!seen.has(x)) { seen.add(x); stack.push(x); } });
      }
    });
    // records by id, built on first use; null caches "not ours" (hot: every holding of every account asks)
    const byId = new Map<string, PersonRecord | null>();
    const get = (id: string): PersonRecord | undefined => {
      let r = byId.get(id);
      if (r === undefined) {
        const i = g.personIndex(id);
        r = marked.has(i) ? g.person(i) : null;
        byId.set(id, r);
      }
      return r ?? undefined;
    };
    return { hasIndex: (i: number) => marked.has(i), has: (id: string) => get(id) !== undefined, get, size: marked.size };
  });
}

/** The portfolio: customer accounts that are not a unit of another, in id order. */
export function accountRoots(g: ReadGraph, keyAccountsOnly: boolean | null = null): CompanyRecord[] {
  const out: CompanyRecord[] = [];
  g.forEachCompany((c) => {
    if (g.companyKind(c) !== 'CUSTOMER' || g.parentOf(c) >= 0) return;
    const rec = g.company(c);
    if (keyAccountsOnly === null || rec.isKeyAccount === keyAccountsOnly) out.push(rec);
  });
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** An account's unit tree and its active contacts ("Contacts of account A"), memoised per graph version. */
export function accountMembers(g: ReadGraph, accountId: string): AccountMembers {
  return g.memoAccount(accountId, `members:${accountId}`, () => membersOf(g, accountId));
}

/** An account's unit tree and active contacts, with their ids and indexes. */
export interface AccountMembers { units: Unit[]; contacts: Contact[]; ids: Set<string>; indexes: number[] }

function membersOf(g: ReadGraph, accountId: string): AccountMembers {
  const units = unitTree(g, accountId);
  const contacts: Contact[] = [];
  for (const u of units) {
    g.forEachStaff(g.companyIndex(u.id), (p) => {
      if (!g.isActive(p)) return;
      const c = g.person(p) as Contact; // a fresh object: adding the unit costs no copy
      c.unitId = u.id;
      contacts.push(c);
    });
  }
  contacts.sort((a, b) => a.id.localeCompare(b.id));
  return { units, contacts, ids: new Set(contacts.map((c) => c.id)), indexes: contacts.map((c) => g.personIndex(c.id)) };
}

/** The effective relationships (from active people) into the given contacts. */
export function holdingsInto(g: ReadGraph, contacts: readonly { id: string }[], t: Thresholds, cutoff = cutoffDay(t), indexes?: readonly number[]): Holding[] {
  const holdings: Holding[] = [];
  for (let k = 0; k < contacts.length; k++) {
    const c = contacts[k];
    g.forEachKnowsIn(indexes ? indexes[k] : g.personIndex(c.id), (h, strength, last) => {
      if (isEffective(strength, last, t, cutoff) && g.isActive(h)) holdings.push({ holderId: g.personId(h), contactId: c.id, strength, lastContactAt: fromDay(last) });
    });
  }
  return holdings;
}

/** The INFLUENCES and REPORTS_TO links among a set of contacts. */
export function edgesAmong(g: ReadGraph, contacts: readonly { id: string }[], members: ReadonlySet<string>, indexes?: readonly number[]): AccountEdge[] {
  const edges: AccountEdge[] = [];
  for (let k = 0; k < contacts.length; k++) {
    const c = contacts[k];
    const i = indexes ? indexes[k] : g.personIndex(c.id);
    g.forEachInfluenceOut(i, (to, strength) => {
      const toId = g.personId(to);
      if (members.has(toId)) edges.push({ fromId: c.id, toId, type: 'INFLUENCES', strength });
    });
    const m = g.managerOf(i);
    if (m >= 0 && members.has(g.personId(m))) edges.push({ fromId: c.id, toId: g.personId(m), type: 'REPORTS_TO', strength: null });
  }
  return edges;
}

/**
 * The bounded subgraph the risk metrics need for one account, memoised per
 * graph version and thresholds (`keep`), or built for one use and not kept
 * (`keep` false: a portfolio-wide list keeps each account's small result
 * instead; kept, the subgraphs of every account of a scale-L portfolio held
 * ~300 MB per thread).
 */
export function accountGraph(g: ReadGraph, accountId: string, t: Thresholds, keep = true): AccountGraph {
  const build = (m: AccountMembers): AccountGraph => ({
    account: m.units[0], units: m.units, contacts: m.contacts,
    holdings: holdingsInto(g, m.contacts, t, cutoffDay(t), m.indexes), edges: edgesAmong(g, m.contacts, m.ids, m.indexes),
  });
  if (!keep) return build(membersOf(g, accountId));
  return g.memoAccount(accountId, `accountGraph:${accountId}:${t.minStrength}:${t.maxAgeDays}:${t.asOf}`, () => build(accountMembers(g, accountId)));
}

/** The root customer accounts in which a person holds any KNOWS relationship, in id order. */
export function accountsHeldBy(g: ReadGraph, personId: string): string[] {
  const out = new Set<string>();
  g.forEachKnowsOut(g.personIndex(personId), (contact) => {
    const c = g.employerOf(contact);
    if (c < 0) return;
    const root = rootIndex(g, c);
    if (g.companyKind(root) === 'CUSTOMER') out.add(g.companyId(root));
  });
  return [...out].sort();
}

/** Whether a company is a SUPPLIER company or a unit under one (DESIGN §3 "our people" work there). */
export function underSupplier(g: ReadGraph, c: number): boolean {
  const seen = new Set<number>();
  for (; c >= 0 && !seen.has(c); c = g.parentOf(c)) {
    if (g.companyKind(c) === 'SUPPLIER') return true;
    seen.add(c);
  }
  return false;
}

/** Whether the person at this index works for the supplier: at a SUPPLIER company or any unit under one (active or not). */
export function isOurs(g: ReadGraph, p: number): boolean {
  return p >= 0 && underSupplier(g, g.employerOf(p));
}

/** Whether a person works for the supplier: at a SUPPLIER company or any unit under one (active or not). */
export function worksForSupplier(g: ReadGraph, personId: string): boolean {
  return isOurs(g, g.personIndex(personId));
}
