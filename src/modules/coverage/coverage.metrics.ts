import { DECISION_LEVELS, FUNCTIONS, type DecisionLevel, type PersonFunction } from '../../domain/enums.js';
import type { PersonRecord } from '../../domain/records.js';
import { influenceScores } from '../influence/influence.metrics.js';
import { cutoffDate, isDecisionMaker, type AccountGraph, type Contact, type Holding, type Thresholds, type Unit } from '../../domain/terms.js';
import type { OurPeople } from '../../domain/terms.js';

export { cutoffDate, isDecisionMaker };
export type { AccountGraph, Contact, Holding, Thresholds, Unit };






export interface Holder {
  person: PersonRecord;
  strength: number;
  lastContactAt: string | null;
}

export interface Tally {
  total: number;
  covered: number;
  singleThreaded: number;
  multiThreaded: number;
  uncovered: number;
  /** covered ÷ total; null when there are no decision makers */
  coverageRatio: number | null;
}


/** Whole days from `date` to `asOf`. */
export function ageDays(date: string | null, asOf: string): number | null {
  if (!date) return null;
  return Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
}


/**
 * DESIGN §3 "Coverage": for each contact, our people with an effective
 * relationship to them, strongest first. `ours` limits holders to our
 * (active) people; `without` removes people, for departure what-ifs.
 */
export function coverageMap(
  g: Pick<AccountGraph, 'contacts' | 'holdings'>,
  ours: Pick<OurPeople, 'get'> | ReadonlyMap<string, PersonRecord>,
  without: ReadonlySet<string> = new Set(),
): Map<string, Holder[]> {
  const cov = new Map<string, Holder[]>(g.contacts.map((c) => [c.id, []]));
  for (const h of g.holdings) {
    const person = ours.get(h.holderId);
    const list = cov.get(h.contactId);
    if (!person || !list || without.has(h.holderId)) continue;
    if (!list.some((x) => x.person.id === h.holderId)) list.push({ person, strength: h.strength, lastContactAt: h.lastContactAt });
  }
  for (const list of cov.values()) list.sort((a, b) => b.strength - a.strength || a.person.id.localeCompare(b.person.id));
  return cov;
}

/** Counts a set of contacts as uncovered (0 holders), single- (1) or multi-threaded (≥ 2). */
export function tally(contacts: readonly { id: string }[], cov: ReadonlyMap<string, readonly Holder[]>): Tally {
  let single = 0;
  let multi = 0;
  for (const c of contacts) {
    const n = cov.get(c.id)?.length ?? 0;
    if (n === 1) single++;
    else if (n >= 2) multi++;
  }
  const covered = single + multi;
  return {
    total: contacts.length,
    covered,
    singleThreaded: single,
    multiThreaded: multi,
    uncovered: contacts.length - covered,
    coverageRatio: contacts.length ? covered / contacts.length : null,
  };
}

/** Every unit's own id plus the ids of all units below it. */
export function unitDescendants(units: readonly Unit[]): Map<string, Set<string>> {
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const out = new Map<string, Set<string>>();
  const walk = (id: string, seen: Set<string>): Set<string> => {
    if (out.has(id)) return out.get(id)!;
    const set = new Set<string>([id]);
    for (const c of children.get(id) ?? []) if (!seen.has(c)) for (const x of walk(c, new Set([...seen, c]))) set.add(x);
    out.set(id, set);
    return set;
  };
  for (const u of units) walk(u.id, new Set([u.id]));
  return out;
}

/**
 * DESIGN §3 "Single-threaded account": one of our people holds every
 * effective relationship to the account's decision makers. Returns that
 * person, or null (no covered decision maker, or two or more holders).
 */
export function soleHolder(dms: readonly Contact[], cov: ReadonlyMap<string, readonly Holder[]>): PersonRecord | null {
  const holders = new Map<string, PersonRecord>();
  for (const d of dms) for (const h of cov.get(d.id) ?? []) holders.set(h.person.id, h.person);
  return holders.size === 1 ? [...holders.values()][0] : null;
}

export interface DecisionMakerCoverage {
  account: Unit;
  overall: Tally;
  byLevel: (Tally & { decisionLevel: DecisionLevel })[];
  byFunction: (Tally & { function: PersonFunction })[];
  byUnit: (Tally & { unit: Unit; depth: number })[];
  decisionMakers: { contact: Contact; holders: Holder[] }[];
  singleThreaded: boolean;
  soleHolder: PersonRecord | null;
}

/**
 * DESIGN §3 "Decision-maker coverage": totals for the account, per
 * decisionLevel (all three, even when empty), per function (those with
 * decision makers, OTHER standing for no function) and per unit (each unit
 * counts its own contacts and those of every unit below it).
 */
export function decisionMakerCoverage(g: AccountGraph, cov: ReadonlyMap<string, Holder[]>): DecisionMakerCoverage {
  const dms = g.contacts.filter(isDecisionMaker).sort((a, b) => a.id.localeCompare(b.id));
  const below = unitDescendants(g.units);
  const depth = new Map<string, number>();
  const byId = new Map(g.units.map((u) => [u.id, u]));
  const depthOf = (u: Unit): number => {
    if (depth.has(u.id)) return depth.get(u.id)!;
    const parent = u.parentId && u.id !== g.account.id ? byId.get(u.parentId) : undefined;
    const d = parent ? depthOf(parent) + 1 : 0;
    depth.set(u.id, d);
    return d;
  };
  const fnOf = (c: Contact): PersonFunction => c.function ?? 'OTHER';
  const sole = soleHolder(dms, cov);
  return {
    account: g.account,
    overall: tally(dms, cov),
    byLevel: DECISION_LEVELS.map((level) => ({ decisionLevel: level, ...tally(dms.filter((d) => d.decisionLevel === level), cov) })),
    byFunction: FUNCTIONS.filter((f) => dms.some((d) => fnOf(d) === f)).map((f) => ({ function: f, ...tally(dms.filter((d) => fnOf(d) === f), cov) })),
    byUnit: [...g.units]
      .sort((a, b) => depthOf(a) - depthOf(b) || a.id.localeCompare(b.id))
      .map((unit) => ({ unit, depth: depthOf(unit), ...tally(dms.filter((d) => below.get(unit.id)?.has(d.unitId)), cov) })),
    decisionMakers: dms.map((contact) => ({ contact, holders: cov.get(contact.id) ?? [] })),
    singleThreaded: sole !== null,
    soleHolder: sole,
  };
}

export const LEVEL_WEIGHT: Record<DecisionLevel, number> = { CENTRAL: 3, REGIONAL: 2, LOCAL: 1 };

export interface RiskItem {
  account: Unit;
  contact: Contact;
  holder: Holder;
  ageDays: number | null;
  reason: 'DECISION_MAKER' | 'INFLUENCES_DECISION_MAKER';
  /** decision makers this contact sways with strength ≥ minInfluence (for INFLUENCES_DECISION_MAKER) */
  influences: string[];
  levelWeight: number;
  influenceScore: number;
  accountWeight: number;
  severity: number;
}

export interface AccountRisk {
  account: Unit;
  singleThreaded: boolean;
  soleHolder: PersonRecord | null;
  uncoveredDecisionMakers: Contact[];
  items: RiskItem[];
}

/**
 * DESIGN §3 "Single-contact risk" and "Severity": every decision maker (and,
 * with `includeInfluencers`, every other contact whose INFLUENCES edge to a
 * decision maker of the account has strength ≥ minInfluence) covered by
 * exactly one of our people. severity = levelWeight (CENTRAL 3, REGIONAL 2,
 * LOCAL 1; 1 when unknown) × influence score within the account (PageRank,
 * sums to 1 over its contacts) × account weight (1 until revenue exists).
 */
export function accountRisks(
  g: AccountGraph,
  cov: ReadonlyMap<string, Holder[]>,
  opts: { asOf: string; formalStrength: number; includeInfluencers: boolean; minInfluence: number; accountWeight?: number; scores?: ReadonlyMap<string, number> },
): AccountRisk {
  // the scores depend on the account's contacts and links only, not on thresholds: callers may pass memoised ones
  const scores = opts.scores ?? influenceScores(g.contacts.map((c) => c.id), g.edges, opts.formalStrength);
  const dms = g.contacts.filter(isDecisionMaker);
  const dmIds = new Set(dms.map((d) => d.id));
  const accountWeight = opts.accountWeight ?? 1;
  const item = (contact: Contact, reason: RiskItem['reason'], influences: string[]): RiskItem => {
    const holder = cov.get(contact.id)![0];
    const levelWeight = contact.decisionLevel ? LEVEL_WEIGHT[contact.decisionLevel] : 1;
    const influenceScore = scores.get(contact.id) ?? 0;
    return {
      account: g.account, contact, holder, ageDays: ageDays(holder.lastContactAt, opts.asOf), reason, influences,
      levelWeight, influenceScore, accountWeight, severity: levelWeight * influenceScore * accountWeight,
    };
  };
  const items: RiskItem[] = [];
  for (const d of dms) if (cov.get(d.id)?.length === 1) items.push(item(d, 'DECISION_MAKER', []));
  if (opts.includeInfluencers) {
    const sways = new Map<string, Set<string>>();
    for (const e of g.edges) {
      if (e.type !== 'INFLUENCES' || !dmIds.has(e.toId) || dmIds.has(e.fromId) || (e.strength ?? 0) < opts.minInfluence) continue;
      sways.set(e.fromId, (sways.get(e.fromId) ?? new Set()).add(e.toId));
    }
    for (const c of g.contacts) {
      const swayed = sways.get(c.id);
      if (swayed && cov.get(c.id)?.length === 1) items.push(item(c, 'INFLUENCES_DECISION_MAKER', [...swayed].sort()));
    }
  }
  const sole = soleHolder(dms, cov);
  return {
    account: g.account,
    singleThreaded: sole !== null,
    soleHolder: sole,
    uncoveredDecisionMakers: dms.filter((d) => (cov.get(d.id)?.length ?? 0) === 0).sort((a, b) => a.id.localeCompare(b.id)),
    items: sortRisks(items),
  };
}

/** Most severe first; ties by account, then contact id, so pages are stable. */
export function sortRisks(items: RiskItem[]): RiskItem[] {
  return items.sort((a, b) => b.severity - a.severity || a.account.id.localeCompare(b.account.id) || a.contact.id.localeCompare(b.contact.id));
}

/**
 * DESIGN §3 "Cross-functional coverage": effective relationships counted by
 * our holder's function × the contact's function (OTHER for none).
 */
export function crossFunctional(g: AccountGraph, cov: ReadonlyMap<string, Holder[]>): { ours: PersonFunction; theirs: PersonFunction; relationships: number }[] {
  const contacts = new Map(g.contacts.map((c) => [c.id, c]));
  const counts = new Map<string, number>();
  for (const [contactId, holders] of cov) {
    const theirs = contacts.get(contactId)?.function ?? 'OTHER';
    for (const h of holders) {
      const key = `${h.person.function ?? 'OTHER'}|${theirs}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .map(([k, relationships]) => {
      const [ours, theirs] = k.split('|') as [PersonFunction, PersonFunction];
      return { ours, theirs, relationships };
    })
    .sort((a, b) => FUNCTIONS.indexOf(a.ours) - FUNCTIONS.indexOf(b.ours) || FUNCTIONS.indexOf(a.theirs) - FUNCTIONS.indexOf(b.theirs));
}
