/**
 * The graph as it stood at a date, with every relationship in force
 * (docs/definitions.md "Values in force" and "Point in time", DESIGN §4).
 *
 * `inForce(g, asOf, params)` is a view of a read graph, like the access
 * scope (`ScopedGraph`): every metric reads through it, so coverage, risks,
 * departures, paths, introductions and influence scores all use the same
 * values without knowing where they come from.
 *
 * What the view changes:
 * - `KNOWS` walks yield the relationships in force: a pair with an
 *   interaction on or before asOf gets its derived strength
 *   (`strength.ts`); otherwise the typed `KNOWS.strength`. lastContactAt in
 *   force is the later of the typed one and the last interaction. A pair
 *   with interactions and no `KNOWS` edge is a relationship too.
 * - what did not exist yet at asOf is absent: interactions after it,
 *   `KNOWS` / `REPORTS_TO` / `INFLUENCES` links whose `since` is after it, a
 *   person whose current employment began after it; a person who left
 *   after asOf (`leftAt > asOf`) is still active on that day. A typed
 *   lastContactAt after asOf is unknown on that day (stale).
 * - what the record does not keep stays as it is today: names, buying
 *   roles, decision levels, typed strengths, the unit tree, account teams.
 *
 * Derived values are memoised through the base graph under a key that names
 * the date, so they are computed once per graph version and date.
 */
import type { InteractionKind, TeamRole } from './enums.js';
import type { CompanyRecord, InteractionRecord, PersonRecord } from './records.js';
import { contribution, derivedStrength, type StrengthParams } from './strength.js';
import { underSupplier } from './terms.js';
import type { CompanyFilter, PersonFilter, ReadGraph } from '../readmodel/read-graph.js';
import { NO_DAY, toDay } from '../readmodel/days.js';

/** Where a relationship's strength in force comes from. */
export type StrengthSource = 'TYPED' | 'DERIVED';

/** One relationship in force between one of ours (`holder`) and a contact, seen from one end (`other`). */
export interface Relationship {
  other: number;
  /** in force: derived when the pair has interactions, else typed */
  strength: number;
  /** day number or NO_DAY */
  lastContact: number;
  /** day number or NO_DAY: the typed since, else the first interaction */
  since: number;
  /** KNOWS.strength, or null when the pair has no KNOWS edge (at asOf) */
  typedStrength: number | null;
  /** from interactions on or before asOf, or null when there are none */
  derivedStrength: number | null;
  source: StrengthSource;
  /** interactions of the pair on or before asOf */
  interactions: number;
}

/**
 * The interaction pairs of one person (as holder or as contact) over time,
 * built once per graph version and shared by every date (a trend asks for a
 * dozen), packed in a few typed arrays: pair p's interactions are
 * [start[p], start[p + 1]), oldest first (ties by interaction index), so the
 * sum of contributions at any date is a binary search and one
 * multiplication. `cum[j]` = Σ factor × 2^((at − at_first) / halfLife) over
 * the pair's interactions up to j, hence at asOf S = cum[last ≤ asOf] ×
 * 2^(−(asOf − at_first) / halfLife). (When the span in half-lives is too large
 * for a double the factors are summed directly.)
 */
interface Timelines {
  /** the other person of each pair, ascending */
  others: Int32Array;
  start: Int32Array;
  /** day numbers */
  at: Int32Array;
  /** w(kind) / √max(1, n − 1) */
  factor: Float64Array;
  cum: Float64Array;
  /** within the pair, how many up to j are not OUTBOUND emails (0: one-way mail so far) */
  twoWay: Int32Array;
}

const NO_TIMELINES: Timelines = {
  others: new Int32Array(0), start: new Int32Array(1), at: new Int32Array(0), factor: new Float64Array(0), cum: new Float64Array(0), twoWay: new Int32Array(0),
};

interface Cache {
  /** person index × 2 + (0 out | 1 in) → relationships in force */
  rels: Map<number, Relationship[]>;
  /** person index → 1 active at asOf, 2 not, 0 not yet computed */
  active: Int8Array;
  /** company index → under a SUPPLIER */
  supplier: Map<number, boolean>;
}

/** The view of `g` at `asOf` (`YYYY-MM-DD`) with relationships in force. */
export function inForce(g: ReadGraph, asOf: string, params: StrengthParams): InForceGraph {
  return new InForceGraph(g, toDay(asOf), params);
}

export class InForceGraph implements ReadGraph {
  private readonly prefix: string;
  private readonly cache: Cache;
  /** person index × 2 + dir → the timelines of their interaction pairs (per graph version, every date) */
  private readonly timelines: Map<number, Timelines>;

  constructor(private readonly base: ReadGraph, readonly asOf: number, private readonly params: StrengthParams) {
    const w = params.weights;
    // the parameters are part of the keys: two configurations never share a value
    const paramsKey = `${params.halfLifeDays}:${params.saturation}:${w.MEETING},${w.VISIT},${w.CALL},${w.EVENT},${w.EMAIL}`;
    this.prefix = `at:${asOf}:${paramsKey}|`;
    this.cache = base.memo(`${this.prefix}inForce`, (): Cache => ({ rels: new Map(), active: new Int8Array(base.personCount), supplier: new Map() }));
    this.timelines = base.memo(`inForce:timelines:${paramsKey}`, () => new Map<number, Timelines>());
  }

  /** The timelines of v's interaction pairs (v as holder: `dir` 0, only when v is ours; as contact: 1, only when not). */
  private timelinesOf(v: number, dir: 0 | 1): Timelines {
    const key = v * 2 + dir;
    let t = this.timelines.get(key);
    if (t) return t;
    const g = this.base;
    const vOurs = this.ours(v);
    if (vOurs !== (dir === 0)) {
      this.timelines.set(key, NO_TIMELINES);
      return NO_TIMELINES;
    }
    // every (interaction, other side) incidence of v, then one sort by (other, day, interaction)
    const other: number[] = [];
    const at: number[] = [];
    const ix: number[] = [];
    g.forEachInteractionOf(v, (i) => {
      const day = g.interactionAt(i);
      g.forEachParticipant(i, (w) => {
        if (w === v || this.ours(w) === vOurs) return;
        other.push(w);
        at.push(day);
        ix.push(i);
      });
    });
    const n = other.length;
    const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => other[x] - other[y] || at[x] - at[y] || ix[x] - ix[y]);
    let pairs = 0;
    for (let k = 0; k < n; k++) if (k === 0 || other[order[k]] !== other[order[k - 1]]) pairs++;
    t = { others: new Int32Array(pairs), start: new Int32Array(pairs + 1), at: new Int32Array(n), factor: new Float64Array(n), cum: new Float64Array(n), twoWay: new Int32Array(n) };
    const hl = this.params.halfLifeDays;
    let p = -1;
    let first = 0;
    let sum = 0;
    let two = 0;
    for (let k = 0; k < n; k++) {
      const j = order[k];
      if (p < 0 || other[j] !== t.others[p]) {
        t.others[++p] = other[j];
        t.start[p] = k;
        first = at[j];
        sum = 0;
        two = 0;
      }
      const i = ix[j];
      const kind: InteractionKind = g.interactionKind(i);
      t.at[k] = at[j];
      t.factor[k] = contribution(kind, 0, g.participantCount(i), this.params);
      sum += t.factor[k] * 2 ** ((at[j] - first) / hl);
      t.cum[k] = sum;
      if (!(kind === 'EMAIL' && g.interactionDirection(i) === 'OUTBOUND')) two++;
      t.twoWay[k] = two;
    }
    t.start[pairs] = n;
    this.timelines.set(key, t);
    return t;
  }

  /** S at asOf of the pair whose interactions are [from, from + k) (k ≥ 1). */
  private sumAt(t: Timelines, from: number, k: number): number {
    const hl = this.params.halfLifeDays;
    const span = (this.asOf - t.at[from]) / hl;
    if (span <= 900) return t.cum[from + k - 1] * 2 ** -span;
    let s = 0; // too many half-lives for the scaled sums: add the contributions themselves
    for (let j = from; j < from + k; j++) s += t.factor[j] * 2 ** (-(this.asOf - t.at[j]) / hl);
    return s;
  }

  private existed(since: number): boolean {
    return since === NO_DAY || since <= this.asOf;
  }

  private ours(p: number): boolean {
    const c = this.base.employerOf(p);
    if (c < 0) return false;
    let v = this.cache.supplier.get(c);
    if (v === undefined) this.cache.supplier.set(c, (v = underSupplier(this.base, c)));
    return v;
  }

  /**
   * The relationships in force of person `v`: as holder (`dir` 0: typed
   * KNOWS out of v, and interaction pairs when v is ours) or as contact
   * (`dir` 1: typed KNOWS into v, and interaction pairs when v is not ours).
   * Sorted by the other end's index.
   */
  relationships(v: number, dir: 0 | 1): Relationship[] {
    const key = v * 2 + dir;
    let out = this.cache.rels.get(key);
    if (out) return out;
    const g = this.base;
    const asOf = this.asOf;
    const byOther = new Map<number, Relationship>();
    const typed = (w: number, strength: number, last: number, since: number) => {
      if (!this.existed(since)) return;
      byOther.set(w, {
        other: w, strength, lastContact: last !== NO_DAY && last <= asOf ? last : NO_DAY, since,
        typedStrength: strength, derivedStrength: null, source: 'TYPED', interactions: 0,
      });
    };
    if (dir === 0) g.forEachKnowsOut(v, typed);
    else g.forEachKnowsIn(v, typed);
    // interaction pairs: v on its side, the other on the other side, with their interactions on or before asOf
    const t = this.timelinesOf(v, dir);
    for (let p = 0; p < t.others.length; p++) {
      const from = t.start[p];
      // k = how many are on or before asOf (binary search over the pair's ascending days)
      let lo = from;
      let hi = t.start[p + 1];
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (t.at[mid] <= asOf) lo = mid + 1; else hi = mid;
      }
      const k = lo - from;
      if (k === 0) continue;
      const derived = derivedStrength(this.sumAt(t, from, k), t.twoWay[lo - 1] === 0, this.params);
      const last = t.at[lo - 1];
      const w = t.others[p];
      const typedRel = byOther.get(w);
      byOther.set(w, {
        other: w, strength: derived,
        lastContact: typedRel && typedRel.lastContact !== NO_DAY && typedRel.lastContact > last ? typedRel.lastContact : last,
        since: typedRel && typedRel.since !== NO_DAY ? typedRel.since : t.at[from],
        typedStrength: typedRel ? typedRel.typedStrength : null, derivedStrength: derived, source: 'DERIVED', interactions: k,
      });
    }
    out = [...byOther.values()].sort((a, b) => a.other - b.other);
    this.cache.rels.set(key, out);
    return out;
  }

  // --- what the view changes --------------------------------------------------------------------

  get version() { return this.base.version; }

  /** active on asOf: active today or left after asOf, and employed where they are now by asOf */
  isActive(i: number): boolean {
    const a = this.cache.active;
    if (i >= a.length) return this.activeAt(i);
    if (a[i] === 0) a[i] = this.activeAt(i) ? 1 : 2;
    return a[i] === 1;
  }
  private activeAt(i: number): boolean {
    const g = this.base;
    let active = g.isActive(i);
    if (!active) {
      const leftAt = toDay(g.person(i).leftAt);
      active = leftAt !== NO_DAY && leftAt > this.asOf;
    }
    if (!active) return false;
    const e = g.employment(i);
    return e === null || this.existed(e.since);
  }

  forEachKnowsOut(i: number, fn: (contact: number, strength: number, lastContact: number, since: number) => void): void {
    for (const r of this.relationships(i, 0)) fn(r.other, r.strength, r.lastContact, r.since);
  }
  forEachKnowsIn(i: number, fn: (holder: number, strength: number, lastContact: number, since: number) => void): void {
    for (const r of this.relationships(i, 1)) fn(r.other, r.strength, r.lastContact, r.since);
  }
  knowsLink(from: number, to: number) {
    const r = this.relationships(from, 0).find((x) => x.other === to);
    return r ? { strength: r.strength, lastContact: r.lastContact, since: r.since } : null;
  }
  managerOf(i: number): number {
    const m = this.base.managerOf(i);
    return m >= 0 && this.existed(this.base.managerSince(i)) ? m : -1;
  }
  forEachReport(manager: number, fn: (person: number) => void): void {
    this.base.forEachReport(manager, (p) => { if (this.existed(this.base.managerSince(p))) fn(p); });
  }
  forEachInfluenceOut(i: number, fn: (to: number, strength: number, since: number, note: string | null) => void): void {
    this.base.forEachInfluenceOut(i, (w, s, d, n) => { if (this.existed(d)) fn(w, s, d, n); });
  }
  forEachInfluenceIn(i: number, fn: (from: number, strength: number, since: number, note: string | null) => void): void {
    this.base.forEachInfluenceIn(i, (w, s, d, n) => { if (this.existed(d)) fn(w, s, d, n); });
  }
  influenceLink(from: number, to: number) {
    const l = this.base.influenceLink(from, to);
    return l && this.existed(l.since) ? l : null;
  }
  forEachInteractionOf(person: number, fn: (interaction: number) => void): void {
    this.base.forEachInteractionOf(person, (i) => { if (this.base.interactionAt(i) <= this.asOf) fn(i); });
  }
  forEachInteractionAbout(c: number, fn: (interaction: number) => void): void {
    this.base.forEachInteractionAbout(c, (i) => { if (this.base.interactionAt(i) <= this.asOf) fn(i); });
  }
  memo<T>(key: string, compute: () => T): T {
    return this.base.memo(this.prefix + key, compute);
  }
  memoAccount<T>(accountId: string, key: string, compute: () => T): T {
    return this.base.memoAccount(accountId, this.prefix + key, compute);
  }

  // --- the rest is today's graph ------------------------------------------------------------------

  get personCount() { return this.base.personCount; }
  get companyCount() { return this.base.companyCount; }
  get interactionCount() { return this.base.interactionCount; }
  personIndex(id: string): number { return this.base.personIndex(id); }
  personId(i: number): string { return this.base.personId(i); }
  person(i: number): PersonRecord { return this.base.person(i); }
  findPerson(id: string): PersonRecord | null { return this.base.findPerson(id); }
  employerOf(i: number): number { return this.base.employerOf(i); }
  employment(i: number) { return this.base.employment(i); }
  managerSince(i: number): number { return this.base.managerSince(i); }
  forEachTeamOf(person: number, fn: (company: number, role: TeamRole | null) => void): void { this.base.forEachTeamOf(person, fn); }
  teamRole(person: number, company: number): TeamRole | null | undefined { return this.base.teamRole(person, company); }
  listPeople(filter: PersonFilter, afterId: string | null, limit: number, visible?: (i: number) => boolean): number[] {
    return this.base.listPeople(filter, afterId, limit, visible);
  }
  countPeople(filter: PersonFilter, visible?: (i: number) => boolean): number { return this.base.countPeople(filter, visible); }
  companyIndex(id: string): number { return this.base.companyIndex(id); }
  companyId(i: number): string { return this.base.companyId(i); }
  company(i: number): CompanyRecord { return this.base.company(i); }
  findCompany(id: string): CompanyRecord | null { return this.base.findCompany(id); }
  forEachCompany(fn: (c: number) => void): void { this.base.forEachCompany(fn); }
  companyKind(c: number) { return this.base.companyKind(c); }
  parentOf(c: number): number { return this.base.parentOf(c); }
  forEachUnit(c: number, fn: (unit: number) => void): void { this.base.forEachUnit(c, fn); }
  unitCount(c: number): number { return this.base.unitCount(c); }
  forEachStaff(c: number, fn: (person: number) => void): void { this.base.forEachStaff(c, fn); }
  staffCount(c: number): number { return this.base.staffCount(c); }
  forEachTeamMember(c: number, fn: (person: number, role: TeamRole | null) => void): void { this.base.forEachTeamMember(c, fn); }
  listCompanies(filter: CompanyFilter, afterId: string | null, limit: number, visible?: (c: number) => boolean): number[] {
    return this.base.listCompanies(filter, afterId, limit, visible);
  }
  countCompanies(filter: CompanyFilter, visible?: (c: number) => boolean): number { return this.base.countCompanies(filter, visible); }
  interactionIndex(id: string): number { return this.base.interactionIndex(id); }
  interactionId(i: number): string { return this.base.interactionId(i); }
  interaction(i: number): InteractionRecord { return this.base.interaction(i); }
  interactionKind(i: number) { return this.base.interactionKind(i); }
  interactionAt(i: number): number { return this.base.interactionAt(i); }
  interactionAccount(i: number): number { return this.base.interactionAccount(i); }
  forEachParticipant(i: number, fn: (person: number) => void): void { this.base.forEachParticipant(i, fn); }
  participantCount(i: number): number { return this.base.participantCount(i); }
  interactionDirection(i: number) { return this.base.interactionDirection(i); }
}
