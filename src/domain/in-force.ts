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
import type { SignalData } from './signals.js';
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
 * One interaction pair of a person (as holder or as contact) over time,
 * built once per graph version and shared by every date (a trend asks for a
 * dozen): its interactions oldest first (ties by interaction index), so the
 * sum of contributions at any date is a binary search and one
 * multiplication. `cum[j]` = Σ factor × 2^((at − at[0]) / halfLife) over the
 * first j + 1, hence at asOf S = cum[k − 1] × 2^(−(asOf − at[0]) / halfLife)
 * with k the interactions on or before asOf. (When the span in half-lives is
 * too large for a double the factors are summed directly.) Plain arrays: a
 * pair has a handful of interactions, and small typed arrays cost more to
 * allocate than they save.
 */
interface Timeline {
  other: number;
  /** day numbers, ascending */
  at: number[];
  /** w(kind) / √max(1, n − 1) */
  factor: number[];
  cum: number[];
  /** how many of the first j + 1 are not OUTBOUND emails (0: one-way mail so far) */
  twoWay: number[];
}

const NO_TIMELINES: Timeline[] = [];

/**
 * A person's relationships in force on one side, packed for the hot loops:
 * (other, strength, lastContact, since) per relationship, by other index.
 * 32 bytes a relationship instead of a ten-field object (~100 bytes). Only
 * sides with interaction pairs are packed and kept; a side without them is
 * read from the graph's KNOWS links as they are (no copy): at scale L the
 * kept copies held most of the graph once per thread.
 */
type Packed = Float64Array;
const STRIDE = 4;
const NO_RELATIONSHIPS: Packed = new Float64Array(0);

interface Cache {
  /** person index × 2 + (0 out | 1 in) → relationships in force, packed */
  rels: Map<number, Packed>;
  /** person index → 1 active at asOf, 2 not, 0 not yet computed */
  active: Int8Array;
  /** company index → under a SUPPLIER */
  supplier: Map<number, boolean>;
}

/** Per person, which side they are on: 0 not yet known, 1 ours, 2 not (per graph version; shared by every date). */
type Sides = Int8Array;

/** The view of `g` at `asOf` (`YYYY-MM-DD`) with relationships in force. */
export function inForce(g: ReadGraph, asOf: string, params: StrengthParams): InForceGraph {
  return new InForceGraph(g, toDay(asOf), params);
}

export class InForceGraph implements ReadGraph {
  private readonly prefix: string;
  private readonly cache: Cache;
  /** person index × 2 + dir → the timelines of their interaction pairs (per graph version, every date) */
  private readonly timelines: Map<number, Timeline[]>;

  constructor(private readonly base: ReadGraph, readonly asOf: number, private readonly params: StrengthParams) {
    const w = params.weights;
    // the parameters are part of the keys: two configurations never share a value
    const paramsKey = `${params.halfLifeDays}:${params.saturation}:${w.MEETING},${w.VISIT},${w.CALL},${w.EVENT},${w.EMAIL}`;
    this.prefix = `at:${asOf}:${paramsKey}|`;
    this.cache = base.memo(`${this.prefix}inForce`, (): Cache => ({ rels: new Map(), active: new Int8Array(base.personCount), supplier: new Map() }));
    this.timelines = base.memo(`inForce:timelines:${paramsKey}`, () => new Map<number, Timeline[]>());
    this.sides = base.memo('inForce:sides', (): Sides => new Int8Array(base.personCount));
    this.typedOnly = base.memo('inForce:typedOnly', (): Int8Array => new Int8Array(base.personCount * 2));
  }
  private readonly sides: Sides;
  /**
   * person index × 2 + dir → 1 when that side has no interaction pairs (per
   * graph version, every date): its relationships in force are then its
   * typed KNOWS links, read straight from the graph (which keeps them in
   * target order) with no copy; 0 not yet known or has pairs.
   */
  private readonly typedOnly: Int8Array;

  /** The timelines of v's interaction pairs (v as holder: `dir` 0, only when v is ours; as contact: 1, only when not). */
  private timelinesOf(v: number, dir: 0 | 1): Timeline[] {
    const key = v * 2 + dir;
    if (key < this.typedOnly.length && this.typedOnly[key] === 1) return NO_TIMELINES;
    let out = this.timelines.get(key);
    if (out) return out;
    const g = this.base;
    const vOurs = this.ours(v);
    if (vOurs !== (dir === 0)) return this.noTimelines(key);
    // bucket v's interactions by the person on the other side (a contact has a handful of them)
    out = [];
    const ixs: number[][] = [];
    const list = out;
    let slot: Map<number, number> | null = null;
    g.forEachInteractionOf(v, (i) => {
      g.forEachParticipant(i, (w) => {
        if (w === v || this.ours(w) === vOurs) return;
        // a contact has a handful of counterparts (a scan beats a Map); one of ours may have hundreds
        let p: number;
        if (slot) p = slot.get(w) ?? -1;
        else {
          p = list.length - 1;
          while (p >= 0 && list[p].other !== w) p--;
        }
        if (p < 0) {
          p = list.length;
          list.push({ other: w, at: [], factor: [], cum: [], twoWay: [] });
          ixs.push([]);
          if (slot) slot.set(w, p);
          else if (list.length > 16) slot = new Map(list.map((x, k) => [x.other, k]));
        }
        ixs[p].push(i);
      });
    });
    const hl = this.params.halfLifeDays;
    for (let p = 0; p < out.length; p++) {
      const tl = out[p];
      const list = ixs[p];
      // insertion sort by (day, index): short lists, often already in order
      for (let j = 1; j < list.length; j++) {
        const x = list[j];
        const ax = g.interactionAt(x);
        let k = j - 1;
        while (k >= 0 && (g.interactionAt(list[k]) > ax || (g.interactionAt(list[k]) === ax && list[k] > x))) { list[k + 1] = list[k]; k--; }
        list[k + 1] = x;
      }
      let sum = 0;
      let two = 0;
      for (let j = 0; j < list.length; j++) {
        const i = list[j];
        const kind: InteractionKind = g.interactionKind(i);
        const at = g.interactionAt(i);
        const factor = contribution(kind, 0, g.participantCount(i), this.params);
        tl.at.push(at);
        tl.factor.push(factor);
        sum += factor * 2 ** ((at - tl.at[0]) / hl);
        tl.cum.push(sum);
        if (!(kind === 'EMAIL' && g.interactionDirection(i) === 'OUTBOUND')) two++;
        tl.twoWay.push(two);
      }
    }
    if (out.length === 0) return this.noTimelines(key);
    this.timelines.set(key, out);
    return out;
  }

  /** Records that side `key` has no interaction pairs (a flag, not a Map entry: most people of a large graph have none). */
  private noTimelines(key: number): Timeline[] {
    if (key < this.typedOnly.length) this.typedOnly[key] = 1;
    else this.timelines.set(key, NO_TIMELINES);
    return NO_TIMELINES;
  }

  /** S at asOf over the first k interactions of a timeline (k ≥ 1). */
  private sumAt(tl: Timeline, k: number): number {
    const hl = this.params.halfLifeDays;
    const span = (this.asOf - tl.at[0]) / hl;
    if (span <= 900) return tl.cum[k - 1] * 2 ** -span;
    let s = 0; // too many half-lives for the scaled sums: add the contributions themselves
    for (let j = 0; j < k; j++) s += tl.factor[j] * 2 ** (-(this.asOf - tl.at[j]) / hl);
    return s;
  }

  private existed(since: number): boolean {
    return since === NO_DAY || since <= this.asOf;
  }

  private ours(p: number): boolean {
    const sides = this.sides;
    if (p < sides.length && sides[p] !== 0) return sides[p] === 1;
    const v = this.oursByEmployer(p);
    if (p < sides.length) sides[p] = v ? 1 : 2;
    return v;
  }

  private oursByEmployer(p: number): boolean {
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
    for (const tl of this.timelinesOf(v, dir)) {
      // k = how many are on or before asOf (binary search over the ascending days)
      let lo = 0;
      let hi = tl.at.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (tl.at[mid] <= asOf) lo = mid + 1; else hi = mid;
      }
      const k = lo;
      if (k === 0) continue;
      const derived = derivedStrength(this.sumAt(tl, k), tl.twoWay[k - 1] === 0, this.params);
      const last = tl.at[k - 1];
      const typedRel = byOther.get(tl.other);
      byOther.set(tl.other, {
        other: tl.other, strength: derived,
        lastContact: typedRel && typedRel.lastContact !== NO_DAY && typedRel.lastContact > last ? typedRel.lastContact : last,
        since: typedRel && typedRel.since !== NO_DAY ? typedRel.since : tl.at[0],
        typedStrength: typedRel ? typedRel.typedStrength : null, derivedStrength: derived, source: 'DERIVED', interactions: k,
      });
    }
    return [...byOther.values()].sort((a, b) => a.other - b.other);
  }

  /** `relationships(v, dir)` packed and kept for this date and graph version (the walks' form) */
  private packed(v: number, dir: 0 | 1): Packed {
    const key = v * 2 + dir;
    let out = this.cache.rels.get(key);
    if (out) return out;
    const rels = this.relationships(v, dir);
    out = rels.length === 0 ? NO_RELATIONSHIPS : new Float64Array(rels.length * STRIDE);
    for (let j = 0; j < rels.length; j++) {
      const r = rels[j];
      const o = j * STRIDE;
      out[o] = r.other;
      out[o + 1] = r.strength;
      out[o + 2] = r.lastContact;
      out[o + 3] = r.since;
    }
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
    if (this.timelinesOf(i, 0).length === 0) return this.base.forEachKnowsOut(i, this.typedVisitor(fn));
    const p = this.packed(i, 0);
    for (let o = 0; o < p.length; o += STRIDE) fn(p[o], p[o + 1], p[o + 2], p[o + 3]);
  }
  forEachKnowsIn(i: number, fn: (holder: number, strength: number, lastContact: number, since: number) => void): void {
    if (this.timelinesOf(i, 1).length === 0) return this.base.forEachKnowsIn(i, this.typedVisitor(fn));
    const p = this.packed(i, 1);
    for (let o = 0; o < p.length; o += STRIDE) fn(p[o], p[o + 1], p[o + 2], p[o + 3]);
  }
  knowsLink(from: number, to: number) {
    if (this.timelinesOf(from, 0).length === 0) {
      const l = this.base.knowsLink(from, to);
      if (!l || !this.existed(l.since)) return null;
      return { strength: l.strength, lastContact: this.lastInForce(l.lastContact), since: l.since };
    }
    const p = this.packed(from, 0);
    for (let o = 0; o < p.length; o += STRIDE) if (p[o] === to) return { strength: p[o + 1], lastContact: p[o + 2], since: p[o + 3] };
    return null;
  }

  /**
   * A typed KNOWS link as it stood at asOf (what `relationships` yields for a
   * side with no interaction pairs, in the same order): absent when its since
   * is after asOf, its lastContact unknown when after asOf.
   */
  private typedVisitor(fn: (other: number, strength: number, lastContact: number, since: number) => void) {
    return (w: number, strength: number, last: number, since: number) => {
      if (this.existed(since)) fn(w, strength, this.lastInForce(last), since);
    };
  }
  private lastInForce(last: number): number {
    return last !== NO_DAY && last <= this.asOf ? last : NO_DAY;
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
  findSignal(id: string) { return this.base.findSignal(id); }
  forEachSignal(fn: (s: SignalData) => void): void { this.base.forEachSignal(fn); }
}
