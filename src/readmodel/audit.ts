import { randomBytes } from 'node:crypto';
import { type Change, unhandled } from '../domain/changes.js';
import { saleId } from '../domain/records.js';
import { fromDay } from './days.js';
import { commercialGraph, type ReadGraph } from './read-graph.js';
import { managementGraph } from './management-graph.js';

/**
 * One audit record per committed write (DESIGN §7 "Audit"; docs/access.md
 * "Audit log"): who, when, which operation, the ids it touched, and for
 * every change the value before (read from the read model just before the
 * commit) and after (the change itself). Stored in the graph store in the
 * same unit of work as the write, so it survives restarts and is never
 * recorded for a write that did not commit.
 */
export interface AuditEntry {
  /** sorts by time: ISO timestamp, then a random suffix */
  id: string;
  at: string;
  actor: string;
  role: string;
  operation: string;
  /** every person, company and interaction id the write touched */
  ids: string[];
  changes: { kind: Change['kind']; before: unknown; after: unknown }[];
}

const date = (d: number) => fromDay(d);

/** The ids a change touches (the audit's `ids`, and the write-scope check). */
export function changeIds(c: Change): { people: string[]; companies: string[]; interactions?: string[]; items?: string[] } {
  switch (c.kind) {
    case 'company.upserted': return { people: [], companies: [c.company.id] };
    case 'company.removed': return { people: [], companies: [c.id] };
    case 'person.upserted': return { people: [c.person.id], companies: [] };
    case 'person.removed': return { people: [c.id], companies: [] };
    case 'employment.set': return { people: [c.personId], companies: [c.companyId, ...(c.previousCompanyId ? [c.previousCompanyId] : [])] };
    case 'employment.removed': return { people: [c.personId], companies: [c.companyId] };
    case 'parent.set': return { people: [], companies: [c.unitId, c.parentId, ...(c.previousParentId ? [c.previousParentId] : [])] };
    case 'parent.removed': return { people: [], companies: [c.unitId, c.parentId] };
    case 'manager.set': return { people: [c.personId, c.managerId, ...(c.previousManagerId ? [c.previousManagerId] : [])], companies: [] };
    case 'manager.removed': return { people: [c.personId, c.managerId], companies: [] };
    case 'influence.upserted': case 'influence.removed':
    case 'knows.upserted': case 'knows.removed': return { people: [c.fromId, c.toId], companies: [] };
    case 'team.upserted': case 'team.removed': return { people: [c.personId], companies: [c.companyId] };
    // the participants are recorded in the change itself; the ids are the interaction and its account
    case 'interaction.upserted': return { people: [], companies: [c.interaction.accountId], interactions: [c.interaction.id] };
    case 'interaction.removed': return { people: [], companies: [], interactions: [c.id] };
    // commercial (docs/commercial.md): a sale belongs to its account; products are the catalogue's
    case 'potential.set': return { people: [], companies: [c.potential.companyId] };
    case 'product.upserted': return { people: [], companies: [], items: [c.product.id] };
    case 'product.removed': return { people: [], companies: [], items: [c.id] };
    case 'sale.upserted': return { people: [], companies: [c.sale.accountId], items: [c.sale.productId, saleId(c.sale.accountId, c.sale.productId, c.sale.period)] };
    case 'sale.removed': return { people: [], companies: [c.accountId], items: [c.productId, saleId(c.accountId, c.productId, c.period)] };
    // a signal belongs to its account; its people are in the change itself
    case 'signal.upserted': return { people: [], companies: [c.signal.accountId], items: [c.signal.id] };
    // account management (docs/plans.md): a link belongs to the account it is at (the competitor or partner is named
    // among the items); a plan to its account; an activity to its plan (its owner is in the change itself)
    case 'competitor.upserted': case 'partner.added': return { people: [], companies: [c.link.accountId], items: [c.link.companyId] };
    case 'competitor.removed': case 'partner.removed': return { people: [], companies: [c.accountId], items: [c.companyId] };
    case 'plan.versioned': return { people: [], companies: [c.version.accountId], items: [c.version.planId] };
    case 'plan.removed': return { people: [], companies: [c.accountId], items: [c.planId] };
    case 'activity.upserted': return { people: [], companies: [], items: [c.activity.planId, c.activity.id] };
    case 'activity.removed': return { people: [], companies: [], items: [c.id] };
    case 'graph.cleared': return { people: [], companies: [] };
    default: return unhandled(c);
  }
}

/** What the graph held, before the change, for the part the change rewrites. */
export function before(g: ReadGraph, c: Change): unknown {
  const p = (id: string) => g.personIndex(id);
  switch (c.kind) {
    case 'company.upserted': return g.findCompany(c.company.id);
    case 'company.removed': return g.findCompany(c.id);
    case 'person.upserted': return g.findPerson(c.person.id);
    case 'person.removed': return g.findPerson(c.id);
    case 'employment.set': case 'employment.removed': {
      const e = p(c.personId) < 0 ? null : g.employment(p(c.personId));
      return e && { companyId: g.companyId(e.company), title: e.title, since: date(e.since) };
    }
    case 'parent.set': case 'parent.removed': {
      const u = g.companyIndex(c.unitId);
      const parent = u < 0 ? -1 : g.parentOf(u);
      return parent < 0 ? null : { parentId: g.companyId(parent) };
    }
    case 'manager.set': case 'manager.removed': {
      const i = p(c.personId);
      const m = i < 0 ? -1 : g.managerOf(i);
      return m < 0 ? null : { managerId: g.personId(m), since: date(g.managerSince(i)) };
    }
    case 'influence.upserted': case 'influence.removed': {
      const l = g.influenceLink(p(c.fromId), p(c.toId));
      return l && { strength: l.strength, note: l.note, since: date(l.since) };
    }
    case 'knows.upserted': case 'knows.removed': {
      const l = g.knowsLink(p(c.fromId), p(c.toId));
      return l && { strength: l.strength, lastContactAt: date(l.lastContact), since: date(l.since) };
    }
    case 'team.upserted': case 'team.removed': {
      const role = g.teamRole(p(c.personId), g.companyIndex(c.companyId));
      return role === undefined ? null : { role };
    }
    case 'interaction.upserted': case 'interaction.removed': {
      const i = g.interactionIndex(c.kind === 'interaction.removed' ? c.id : c.interaction.id);
      if (i < 0) return null;
      const participantIds: string[] = [];
      g.forEachParticipant(i, (p) => participantIds.push(g.personId(p)));
      const a = g.interactionAccount(i);
      return { ...g.interaction(i), accountId: a < 0 ? null : g.companyId(a), participantIds: participantIds.sort() };
    }
    case 'potential.set': {
      const co = g.companyIndex(c.potential.companyId);
      return co < 0 ? null : commercialGraph(g).potential(co);
    }
    case 'product.upserted': case 'product.removed': return commercialGraph(g).findProduct(c.kind === 'product.removed' ? c.id : c.product.id);
    case 'sale.upserted': case 'sale.removed': {
      const k = c.kind === 'sale.removed' ? c : c.sale;
      const x = commercialGraph(g).saleIndex(k.accountId, k.productId, k.period);
      return x < 0 ? null : commercialGraph(g).sale(x);
    }
    case 'signal.upserted': return g.findSignal(c.signal.id);
    case 'competitor.upserted': case 'competitor.removed': {
      const k = c.kind === 'competitor.removed' ? c : c.link;
      const m = managementGraph(g);
      const share = m.competitorShare(g.companyIndex(k.companyId), g.companyIndex(k.accountId), k.area);
      return share === undefined ? null : { estimatedShare: share };
    }
    case 'partner.added': case 'partner.removed': {
      const k = c.kind === 'partner.removed' ? c : c.link;
      return managementGraph(g).hasPartnerLink(g.companyIndex(k.companyId), g.companyIndex(k.accountId), k.area) ? { area: k.area } : null;
    }
    // a version is new by definition: before it, the plan's newest version (null for version 1)
    case 'plan.versioned': {
      const p = managementGraph(g).findPlan(c.version.planId);
      return p ? p.versions[p.versions.length - 1] : null;
    }
    case 'plan.removed': {
      const p = managementGraph(g).findPlan(c.planId);
      return p ? { versions: p.versions.length, latest: p.versions[p.versions.length - 1] } : null;
    }
    case 'activity.upserted': case 'activity.removed': return managementGraph(g).findActivity(c.kind === 'activity.removed' ? c.id : c.activity.id);
    case 'graph.cleared': return null;
    default: return unhandled(c);
  }
}

/** The change as its after value: what the write set (null for removals). */
function after(c: Change): unknown {
  if (c.kind.endsWith('.removed') || c.kind === 'graph.cleared') return null;
  const { kind: _kind, ...rest } = c as Change & Record<string, unknown>;
  return rest;
}

/** The audit record of a write about to commit. */
export function auditEntry(g: ReadGraph, changes: readonly Change[], actor: { subject: string; role: string; operation: string }): AuditEntry {
  const at = new Date().toISOString();
  const ids = new Set<string>();
  for (const c of changes) {
    const { people, companies, interactions = [], items = [] } = changeIds(c);
    for (const id of people) ids.add(id);
    for (const id of companies) ids.add(id);
    for (const id of interactions) ids.add(id);
    for (const id of items) ids.add(id);
  }
  return {
    id: `${at}~${randomBytes(4).toString('hex')}`,
    at,
    actor: actor.subject,
    role: actor.role,
    operation: actor.operation,
    ids: [...ids].sort(),
    changes: changes.map((c) => ({ kind: c.kind, before: before(g, c), after: after(c) })),
  };
}
