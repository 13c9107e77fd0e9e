import type { CompanyRecord, PersonRecord } from '../domain/records.js';
import type { AccountGraph, Contact, Holding, Thresholds, Unit } from '../modules/coverage/coverage.metrics.js';
import { cutoffDate } from '../modules/coverage/coverage.metrics.js';
import type { AccountEdge } from '../modules/influence/influence.metrics.js';
import type { GraphProjection, KnowsEdge } from './graph-projection.js';

const isActive = (p: PersonRecord | undefined): p is PersonRecord => p?.active === true;

/** Every unit below `id` (itself first), breadth-first, with its parent inside the tree. */
export function unitTree(g: GraphProjection, id: string): Unit[] {
  const root = g.companies.get(id);
  if (!root) return [];
  const out: Unit[] = [{ id, name: root.name, unitLevel: root.unitLevel, parentId: null }];
  const seen = new Set([id]);
  for (let i = 0; i < out.length; i++) {
    for (const u of [...(g.units.get(out[i].id) ?? [])].sort()) {
      if (seen.has(u)) continue;
      seen.add(u);
      const c = g.companies.get(u)!;
      out.push({ id: u, name: c.name, unitLevel: c.unitLevel, parentId: out[i].id });
    }
  }
  return out;
}

/** The top of a company's PART_OF chain. */
export function rootOf(g: GraphProjection, companyId: string): string {
  let id = companyId;
  const seen = new Set([id]);
  for (let parent = g.one(g.parents, id); parent && !seen.has(parent); parent = g.one(g.parents, id)) {
    seen.add(parent);
    id = parent;
  }
  return id;
}

/** DESIGN §3 "Our people": active persons working at a SUPPLIER company or any unit under it. */
export function ourPeople(g: GraphProjection): Map<string, PersonRecord> {
  return g.memo('ourPeople', () => {
    const out = new Map<string, PersonRecord>();
    for (const c of g.companies.values()) {
      if (c.kind !== 'SUPPLIER') continue;
      for (const u of unitTree(g, c.id)) for (const pid of g.staff.get(u.id) ?? []) {
        const p = g.persons.get(pid);
        if (isActive(p)) out.set(pid, p);
      }
    }
    return out;
  });
}

/** The portfolio: customer accounts that are not a unit of another, by id. */
export function accountRoots(g: GraphProjection, keyAccountsOnly: boolean | null = null): CompanyRecord[] {
  return [...g.companies.values()]
    .filter((c) => c.kind === 'CUSTOMER' && !g.parents.get(c.id)?.size && (keyAccountsOnly === null || c.isKeyAccount === keyAccountsOnly))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** DESIGN §3 "Effective relationship", for one KNOWS edge. */
export function isEffective(e: KnowsEdge, t: Thresholds, cutoff = cutoffDate(t)): boolean {
  return e.strength >= t.minStrength && e.lastContactAt !== null && e.lastContactAt >= cutoff;
}

/**
 * The bounded subgraph the risk metrics need for one account: its unit tree,
 * its active contacts (DESIGN §3 "Contacts of account A"), the effective
 * relationships into them from active people, and the INFLUENCES /
 * REPORTS_TO edges among them.
 */
export function accountGraph(g: GraphProjection, accountId: string, t: Thresholds): AccountGraph {
  // derived once per version of the graph: departure what-ifs and the portfolio read many accounts
  return g.memo(`accountGraph:${accountId}:${t.minStrength}:${t.maxAgeDays}:${t.asOf}`, () => buildAccountGraph(g, accountId, t));
}

/** An account's unit tree and active contacts (DESIGN §3 "Contacts of account A"), memoised per graph version. */
export function accountMembers(g: GraphProjection, accountId: string): { units: Unit[]; contacts: Contact[]; ids: Set<string> } {
  return g.memo(`members:${accountId}`, () => {
    const units = unitTree(g, accountId);
    const contacts: Contact[] = [];
    for (const u of units) for (const pid of g.staff.get(u.id) ?? []) {
      const p = g.persons.get(pid);
      if (isActive(p)) contacts.push({ ...p, unitId: u.id });
    }
    contacts.sort((a, b) => a.id.localeCompare(b.id));
    return { units, contacts, ids: new Set(contacts.map((c) => c.id)) };
  });
}

/** The effective relationships (from active people) into the given contacts. */
export function holdingsInto(g: GraphProjection, contacts: readonly { id: string }[], t: Thresholds, cutoff = cutoffDate(t)): Holding[] {
  const holdings: Holding[] = [];
  for (const c of contacts) {
    for (const [holderId, e] of g.knowsIn.get(c.id) ?? []) {
      if (isEffective(e, t, cutoff) && isActive(g.persons.get(holderId))) holdings.push({ holderId, contactId: c.id, strength: e.strength, lastContactAt: e.lastContactAt });
    }
  }
  return holdings;
}

function buildAccountGraph(g: GraphProjection, accountId: string, t: Thresholds): AccountGraph {
  const { units, contacts, ids: members } = accountMembers(g, accountId);
  const holdings = holdingsInto(g, contacts, t);
  const edges: AccountEdge[] = [];
  for (const c of contacts) {
    for (const [toId, e] of g.influencesOut.get(c.id) ?? []) if (members.has(toId)) edges.push({ fromId: c.id, toId, type: 'INFLUENCES', strength: e.strength });
    for (const m of g.managers.get(c.id) ?? []) if (members.has(m)) edges.push({ fromId: c.id, toId: m, type: 'REPORTS_TO', strength: null });
  }
  return { account: units[0], units, contacts, holdings, edges };
}

/** The root customer accounts in which a person holds any KNOWS relationship. */
export function accountsHeldBy(g: GraphProjection, personId: string): string[] {
  const out = new Set<string>();
  for (const contactId of g.knowsOut.get(personId)?.keys() ?? []) {
    for (const c of g.employers.get(contactId) ?? []) {
      const root = rootOf(g, c);
      if (g.companies.get(root)?.kind === 'CUSTOMER') out.add(root);
    }
  }
  return [...out].sort();
}
