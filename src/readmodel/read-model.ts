import {
  ATTITUDES, BUYING_ROLES, COMPANY_KINDS, DECISION_LEVELS, DIRECTIONS, FUNCTIONS, INTERACTION_KINDS, MEETING_LEVELS, TEAM_ROLES, UNIT_LEVELS,
  type CompanyKind, type Direction, type InteractionKind, type TeamRole,
} from '../domain/enums.js';
import { unhandled, type Change } from '../domain/changes.js';
import type { GraphData } from '../domain/graph-data.js';
import type { CompanyPotential, CompanyRecord, InteractionData, InteractionRecord, PersonRecord, ProductRecord, SaleRecord } from '../domain/records.js';
import { monthOfDate, parseSalePeriod, salePeriodLabel } from '../domain/period.js';
import { Adjacency, LinkBuffer, type CsrBase, type LinkColumns } from './adjacency.js';
import { fromDay, NO_DAY, toDay } from './days.js';
import { SalesTable, type SalesState } from './sales-table.js';
import { SignalBook } from './signal-book.js';
import type { SignalData } from '../domain/signals.js';
import type { ActivityData, CompetitorLinkData, PartnerLinkData, PlanVersionData } from '../domain/plans.js';
import { ManagementBook, type ManagementState, type PlanData } from './management-book.js';
import type { ManagementGraph } from './management-graph.js';
import type { CommercialGraph, CompanyFilter, PersonFilter, SaleColumns, SaleVisitor } from './read-graph.js';

/** An enumeration stored as a byte: 0 is null, i + 1 is `values[i]`. */
class Codes<T extends string> {
  private readonly index = new Map<string, number>();
  constructor(readonly values: readonly T[]) {
    values.forEach((v, i) => this.index.set(v, i + 1));
  }
  code(v: T | null | undefined): number {
    return v === null || v === undefined ? 0 : (this.index.get(v) ?? 0);
  }
  value(code: number): T | null {
    return code === 0 ? null : this.values[code - 1];
  }
}
const FN = new Codes(FUNCTIONS);
const LEVEL = new Codes(DECISION_LEVELS);
const ROLE = new Codes(BUYING_ROLES);
const ATT = new Codes(ATTITUDES);
const KIND = new Codes(COMPANY_KINDS);
/** KNOWS links: strength, lastContact, since; rows in target order (the walks of in-force.ts read them as they are) */
const KNOWS_COLUMNS: LinkColumns = { f: true, a: true, b: true, sorted: true };
const ULEVEL = new Codes(UNIT_LEVELS);
const TEAM = new Codes(TEAM_ROLES);
const IKIND = new Codes(INTERACTION_KINDS);
const IDIR = new Codes(DIRECTIONS);
const ILEVEL = new Codes(MEETING_LEVELS);

const grow8 = (x: Uint8Array, n: number): Uint8Array => { const y = new Uint8Array(n); y.set(x); return y; };
const grow32 = (x: Int32Array, n: number, fill = 0): Int32Array => { const y = new Int32Array(n).fill(fill); y.set(x); return y; };
const growI8 = (x: Int8Array, n: number): Int8Array => { const y = new Int8Array(n); y.set(x); return y; };
const growF64 = (x: Float64Array, n: number): Float64Array => { const y = new Float64Array(n).fill(NaN); y.set(x); return y; };
/** a nullable number as a double column: NaN is null */
const nan = (x: number | null | undefined): number => (x === null || x === undefined ? NaN : x);
const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** Strings repeated across many records (countries, segments, titles) share one copy. */
class Interner {
  private readonly m = new Map<string, string>();
  get(s: string | null | undefined): string | null {
    if (s === null || s === undefined) return null;
    const hit = this.m.get(s);
    if (hit !== undefined) return hit;
    if (this.m.size < 100_000) this.m.set(s, s);
    return s;
  }
}

const ALIVE = 1;
const ACTIVE = 2;

/**
 * A sorted set of indexes ordered by their ids (keyset pagination in id
 * order, as `p.id > $after ORDER BY p.id` would give); inserts and removals
 * shift a typed array (a memmove, ~0.2 ms at half a million people).
 */
class IdOrder {
  private a: Int32Array = new Int32Array(16);
  length = 0;
  constructor(private readonly ids: string[]) {}
  /** first position whose id is > `id` (or ≥ with `inclusive`) */
  bound(id: string, inclusive = false): number {
    let lo = 0, hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const x = this.ids[this.a[mid]];
      if (x < id || (!inclusive && x === id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  at(pos: number): number {
    return this.a[pos];
  }
  insert(i: number) {
    const pos = this.bound(this.ids[i], true);
    if (this.length === this.a.length) this.a = grow32(this.a, this.a.length * 2);
    this.a.copyWithin(pos + 1, pos, this.length);
    this.a[pos] = i;
    this.length++;
  }
  remove(i: number) {
    const pos = this.bound(this.ids[i], true);
    if (pos < this.length && this.a[pos] === i) {
      this.a.copyWithin(pos, pos + 1, this.length);
      this.length--;
    }
  }
  /** the sorted indexes (a copy) */
  export(): Int32Array {
    return this.a.slice(0, this.length);
  }
  /** replaces the contents with indexes already sorted by id */
  load(sorted: Int32Array) {
    this.a = sorted.length ? sorted.slice() : new Int32Array(16);
    this.length = sorted.length;
  }
  /** replaces the contents with `indexes`, sorting them by id */
  reset(indexes: number[]) {
    const ids = this.ids;
    indexes.sort((x, y) => (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : 0));
    this.a = Int32Array.from(indexes.length ? indexes : [0]);
    this.length = indexes.length;
  }
}

/**
 * The in-memory graph every GraphQL read and every analytic answers from
 * (docs/decisions.md "Read model"). Columns in typed arrays, links in CSR
 * (`adjacency.ts`), ids and repeated strings interned; a few hundred bytes
 * per person and a few dozen per relationship. It changes only through
 * `apply(change)`, one case per change kind, which mirrors what the change's
 * Cypher does in the store.
 */
/** One memoised derived value and what it was computed from (`ReadModel.memo*`). */
type Derived =
  | { kind: 'graph'; version: number; value: unknown }
  | { kind: 'account'; epoch: number; root: number; tag: number; value: unknown }
  | { kind: 'sales'; epoch: number; root: number; tag: number; catalogue: number; value: unknown };

export class ReadModel implements CommercialGraph, ManagementGraph {
  version = 0;
  private readonly strings = new Interner();
  /** derived values: by graph version (`memo`), or by epoch and account stamp (`memoAccount`) */
  private readonly derived = new Map<string, Derived>();
  /** bumped by changes that can alter every account's derived values */
  private epoch = 0;
  /** per root account (company index): bumped by changes that touch that account */
  private readonly stamps = new Map<number, number>();
  /** per root account: bumped by changes to its sales or potential inputs (`memoSales`; docs/commercial.md "Computation") */
  private readonly salesStamps = new Map<number, number>();
  /** bumped by every change to the product catalogue */
  private catalogue = 0;

  // people: one slot per index; a removed person's slot stays, not ALIVE
  private pIds: string[] = [];
  private readonly pIndex = new Map<string, number>();
  private pName: string[] = [];
  private pEmail: (string | null)[] = [];
  private pTitle: (string | null)[] = [];
  private pFn: Uint8Array = new Uint8Array(16);
  private pLevel: Uint8Array = new Uint8Array(16);
  private pRole: Uint8Array = new Uint8Array(16);
  private pAtt: Uint8Array = new Uint8Array(16);
  private pFlags: Uint8Array = new Uint8Array(16);
  private pLeft: Int32Array = new Int32Array(16);
  private pEmployer: Int32Array = new Int32Array(16).fill(-1);
  private pEmpTitle: (string | null)[] = [];
  private pEmpSince: Int32Array = new Int32Array(16);
  private pManager: Int32Array = new Int32Array(16).fill(-1);
  private pMgrSince: Int32Array = new Int32Array(16);
  private pCount = 0;
  private pOrder = new IdOrder(this.pIds);

  // companies
  private cIds: string[] = [];
  private readonly cIndex = new Map<string, number>();
  private cName: string[] = [];
  private cKind: Uint8Array = new Uint8Array(16);
  private cLevel: Uint8Array = new Uint8Array(16);
  private cKey: Int8Array = new Int8Array(16); // -1 null, 0 false, 1 true
  private cCountry: (string | null)[] = [];
  private cSegment: (string | null)[] = [];
  private cTier: (string | null)[] = [];
  private cAlive: Uint8Array = new Uint8Array(16);
  private cParent: Int32Array = new Int32Array(16).fill(-1);
  // DESIGN §2 potential inputs (docs/commercial.md): NaN / 0 is unknown
  private cTurnover: Float64Array = new Float64Array(16).fill(NaN);
  private cImage: Uint8Array = new Uint8Array(16);
  private cWallet: Float64Array = new Float64Array(16).fill(NaN);
  private cCount = 0;
  private cOrder = new IdOrder(this.cIds);

  // links (reverse indexes of the single-valued ones, both directions of the rest)
  private staff = new Adjacency({}); // company → people working there
  private units = new Adjacency({}); // company → its units
  private reports = new Adjacency({}); // manager → people reporting
  private knowsOut = new Adjacency(KNOWS_COLUMNS); // strength, lastContact, since
  private knowsIn = new Adjacency(KNOWS_COLUMNS);
  private infOut = new Adjacency({ f: true, b: true, s: true }); // strength, since, note
  private infIn = new Adjacency({ f: true, b: true, s: true });
  private teamOfPerson = new Adjacency({ a: true }); // role code
  private teamOfCompany = new Adjacency({ a: true });

  // interactions (docs/decisions.md "Interactions"): columns per index (a removed one's slot stays, not alive),
  // participants both ways and the account's list; the account itself is a column
  private iIds: string[] = [];
  private readonly iIndex = new Map<string, number>();
  private iKind: Uint8Array = new Uint8Array(16);
  private iDir: Uint8Array = new Uint8Array(16);
  private iLevel: Uint8Array = new Uint8Array(16);
  private iAt: Int32Array = new Int32Array(16);
  private iAccount: Int32Array = new Int32Array(16).fill(-1);
  private iAlive: Uint8Array = new Uint8Array(16);
  private iSubject: (string | null)[] = [];
  private iCount = 0;
  private participants = new Adjacency({}); // interaction → people (TOOK_PART in)
  private tookPart = new Adjacency({}); // person → interactions (TOOK_PART out)
  private about = new Adjacency({}); // company → interactions ABOUT it

  // products (docs/commercial.md "Read model"): columns per index, a removed one's slot stays (not alive)
  private rIds: string[] = [];
  private readonly rIndex = new Map<string, number>();
  private rName: string[] = [];
  private rFamily: string[] = [];
  private rLaunch: Int32Array = new Int32Array(16).fill(NO_DAY);
  private rLaunchMonth: Int32Array = new Int32Array(16).fill(NO_DAY);
  private rList: Float64Array = new Float64Array(16).fill(NaN);
  private rAlive: Uint8Array = new Uint8Array(16);
  private rCount = 0;
  private rOrder = new IdOrder(this.rIds);
  /** distinct families of the catalogue, sorted; null after a product change (recomputed on use) */
  private rFamilies: string[] | null = [];
  // sales: typed columns and the account / product indexes (sales-table.ts)
  private sales = new SalesTable();
  // signals: few, a Map by id (signal-book.ts)
  private signals = new SignalBook();
  // account management (docs/plans.md "Store and read model"): competitors, partners, plans, activities; few, Maps by id
  private management = new ManagementBook();

  // --- building -------------------------------------------------------------------------------

  /** A read model of a whole graph (rows as the generator and the store's scans give them). */
  static fromData(data: GraphData): ReadModel {
    const b = new ReadModelBuilder();
    for (const c of data.companies) b.company(c);
    for (const p of data.people) b.person(p);
    for (const r of data.partOf) b.partOf(r);
    for (const r of data.worksAt) b.worksAt(r);
    for (const r of data.reportsTo) b.reportsTo(r);
    for (const r of data.influences) b.influence(r);
    for (const r of data.knows) b.knows(r);
    for (const r of data.onTeam) b.onTeam(r);
    for (const x of data.interactions ?? []) {
      b.interaction(x);
      for (const personId of x.participantIds) b.tookPart({ personId, interactionId: x.id });
    }
    for (const x of data.products ?? []) b.product(x);
    for (const x of data.sales ?? []) b.sale(x);
    for (const x of data.potentials ?? []) b.potential(x);
    const g = b.finish();
    for (const x of data.signals ?? []) g.signals.put(x);
    for (const x of data.competesAt ?? []) g.management.putCompetitor(x);
    for (const x of data.partnersAt ?? []) g.management.putPartner(x);
    for (const x of data.plans ?? []) g.bulkPlanVersion(x);
    for (const x of data.activities ?? []) g.bulkActivity(x);
    return g;
  }

  private ensurePeople(n: number) {
    if (n <= this.pFlags.length) return;
    const cap = Math.max(n, this.pFlags.length * 2);
    this.pFn = grow8(this.pFn, cap);
    this.pLevel = grow8(this.pLevel, cap);
    this.pRole = grow8(this.pRole, cap);
    this.pAtt = grow8(this.pAtt, cap);
    this.pFlags = grow8(this.pFlags, cap);
    this.pLeft = grow32(this.pLeft, cap);
    this.pEmployer = grow32(this.pEmployer, cap, -1);
    this.pEmpSince = grow32(this.pEmpSince, cap);
    this.pManager = grow32(this.pManager, cap, -1);
    this.pMgrSince = grow32(this.pMgrSince, cap);
  }

  private ensureCompanies(n: number) {
    if (n <= this.cAlive.length) return;
    const cap = Math.max(n, this.cAlive.length * 2);
    this.cKind = grow8(this.cKind, cap);
    this.cLevel = grow8(this.cLevel, cap);
    this.cKey = growI8(this.cKey, cap);
    this.cAlive = grow8(this.cAlive, cap);
    this.cParent = grow32(this.cParent, cap, -1);
    this.cTurnover = growF64(this.cTurnover, cap);
    this.cImage = grow8(this.cImage, cap);
    this.cWallet = growF64(this.cWallet, cap);
  }

  private ensureProducts(n: number) {
    if (n <= this.rAlive.length) return;
    const cap = Math.max(n, this.rAlive.length * 2);
    this.rLaunch = grow32(this.rLaunch, cap, NO_DAY);
    this.rLaunchMonth = grow32(this.rLaunchMonth, cap, NO_DAY);
    this.rList = growF64(this.rList, cap);
    this.rAlive = grow8(this.rAlive, cap);
  }

  /** Writes a product's columns, allocating an index when the id is new. */
  private putProduct(x: ProductRecord, order = true): number {
    let i = this.rIndex.get(x.id);
    if (i === undefined) {
      i = this.rIds.length;
      this.ensureProducts(i + 1);
      this.rIds.push(x.id);
      this.rIndex.set(x.id, i);
      this.rName.push('');
      this.rFamily.push('');
      this.rCount++;
      if (order) this.rOrder.insert(i);
    }
    this.rName[i] = x.name;
    this.rFamily[i] = this.strings.get(x.family) ?? '';
    this.rLaunch[i] = toDay(x.launchedAt);
    this.rLaunchMonth[i] = x.launchedAt ? monthOfDate(x.launchedAt) : NO_DAY;
    this.rList[i] = nan(x.listPrice);
    this.rAlive[i] = 1;
    this.rFamilies = null;
    return i;
  }

  private removeProduct(id: string) {
    const i = this.rIndex.get(id);
    if (i === undefined) return;
    // the store's DETACH DELETE drops its OF links; a sale without its product is not projected (the service refuses this while any exist)
    this.sales.removeAll('product', i);
    this.rOrder.remove(i);
    this.rIndex.delete(id);
    this.rAlive[i] = 0;
    this.rCount--;
    this.rFamilies = null;
  }

  /** Writes a sale (creating or replacing the one of its key); nothing when its account or product is missing, as sale.create's MATCH. */
  private putSale(x: SaleRecord, linked = true): number {
    const c = this.cIndex.get(x.accountId);
    const r = this.rIndex.get(x.productId);
    const period = parseSalePeriod(x.period);
    if (c === undefined || r === undefined || !period) return -1;
    return this.sales.put(c, r, period.start, period.length, x.revenue, x.volume, nan(x.listRevenue), nan(x.contributionMargin), linked);
  }

  private putPotential(x: CompanyPotential) {
    const c = this.cIndex.get(x.companyId);
    if (c === undefined) return;
    this.cTurnover[c] = nan(x.annualTurnover);
    this.cImage[c] = x.image ?? 0;
    this.cWallet[c] = nan(x.walletEstimate);
  }

  /** Writes a person's columns, allocating an index when the id is new; returns the index. */
  private putPerson(p: PersonRecord, order = true): number {
    let i = this.pIndex.get(p.id);
    if (i === undefined) {
      i = this.pIds.length;
      this.ensurePeople(i + 1);
      this.pIds.push(p.id);
      this.pIndex.set(p.id, i);
      this.pName.push('');
      this.pEmail.push(null);
      this.pTitle.push(null);
      this.pEmpTitle.push(null);
      this.pCount++;
      if (order) this.pOrder.insert(i);
    }
    this.pName[i] = p.name;
    this.pEmail[i] = p.email ?? null;
    this.pTitle[i] = this.strings.get(p.title);
    this.pFn[i] = FN.code(p.function);
    this.pLevel[i] = LEVEL.code(p.decisionLevel);
    this.pRole[i] = ROLE.code(p.buyingRole);
    this.pAtt[i] = ATT.code(p.attitude);
    this.pFlags[i] = ALIVE | (p.active ? ACTIVE : 0);
    this.pLeft[i] = toDay(p.leftAt);
    return i;
  }

  private ensureInteractions(n: number) {
    if (n <= this.iAlive.length) return;
    const cap = Math.max(n, this.iAlive.length * 2);
    this.iKind = grow8(this.iKind, cap);
    this.iDir = grow8(this.iDir, cap);
    this.iLevel = grow8(this.iLevel, cap);
    this.iAt = grow32(this.iAt, cap);
    this.iAccount = grow32(this.iAccount, cap, -1);
    this.iAlive = grow8(this.iAlive, cap);
  }

  /** Writes an interaction's columns (not its links), allocating an index when the id is new. */
  private putInteraction(x: InteractionRecord): number {
    let i = this.iIndex.get(x.id);
    if (i === undefined) {
      i = this.iIds.length;
      this.ensureInteractions(i + 1);
      this.iIds.push(x.id);
      this.iIndex.set(x.id, i);
      this.iSubject.push(null);
      this.iCount++;
    }
    this.iKind[i] = IKIND.code(x.kind);
    this.iDir[i] = IDIR.code(x.direction);
    this.iLevel[i] = ILEVEL.code(x.level);
    this.iAt[i] = toDay(x.at);
    this.iSubject[i] = x.subject ?? null;
    this.iAlive[i] = 1;
    return i;
  }

  private putCompany(c: CompanyRecord, order = true): number {
    let i = this.cIndex.get(c.id);
    if (i === undefined) {
      i = this.cIds.length;
      this.ensureCompanies(i + 1);
      this.cIds.push(c.id);
      this.cIndex.set(c.id, i);
      this.cName.push('');
      this.cCountry.push(null);
      this.cSegment.push(null);
      this.cTier.push(null);
      this.cCount++;
      if (order) this.cOrder.insert(i);
    }
    this.cName[i] = c.name;
    this.cKind[i] = KIND.code(c.kind);
    this.cLevel[i] = ULEVEL.code(c.unitLevel);
    this.cKey[i] = c.isKeyAccount === null || c.isKeyAccount === undefined ? -1 : c.isKeyAccount ? 1 : 0;
    this.cCountry[i] = this.strings.get(c.country);
    this.cSegment[i] = this.strings.get(c.segment);
    this.cTier[i] = this.strings.get(c.tier);
    this.cAlive[i] = 1;
    return i;
  }

  // --- changes --------------------------------------------------------------------------------

  /**
   * Applies one committed change, doing in memory what its Cypher did in the
   * store (links only between items that exist, as MATCH does). Idempotent:
   * applying a change twice leaves the same graph (a rebuild replays the
   * changes committed while it read the store).
   */
  apply(change: Change): void {
    this.version++;
    // the accounts whose derived values the change can alter, judged on the graph before and after it
    this.touch(change);
    this.applyOnly(change);
    this.touch(change);
  }

  private applyOnly(change: Change): void {
    switch (change.kind) {
      case 'company.upserted':
        this.putCompany(change.company);
        return;
      case 'company.removed':
        return this.removeCompany(change.id);
      case 'person.upserted':
        this.putPerson(change.person);
        return;
      case 'person.removed':
        return this.removePerson(change.id);
      case 'employment.set': {
        const p = this.pIndex.get(change.personId);
        const c = this.cIndex.get(change.companyId);
        if (p === undefined || c === undefined) return;
        this.setEmployer(p, c, this.strings.get(change.title), toDay(change.since));
        return;
      }
      case 'employment.removed': {
        const p = this.pIndex.get(change.personId);
        if (p !== undefined && this.pEmployer[p] === this.cIndex.get(change.companyId)) this.setEmployer(p, -1, null, NO_DAY);
        return;
      }
      case 'parent.set': {
        const u = this.cIndex.get(change.unitId);
        const c = this.cIndex.get(change.parentId);
        if (u !== undefined && c !== undefined) this.setParent(u, c);
        return;
      }
      case 'parent.removed': {
        const u = this.cIndex.get(change.unitId);
        if (u !== undefined && this.cParent[u] === this.cIndex.get(change.parentId)) this.setParent(u, -1);
        return;
      }
      case 'manager.set': {
        const p = this.pIndex.get(change.personId);
        const m = this.pIndex.get(change.managerId);
        if (p !== undefined && m !== undefined) this.setManager(p, m, toDay(change.since));
        return;
      }
      case 'manager.removed': {
        const p = this.pIndex.get(change.personId);
        if (p !== undefined && this.pManager[p] === this.pIndex.get(change.managerId)) this.setManager(p, -1, NO_DAY);
        return;
      }
      case 'influence.upserted': {
        const a = this.pIndex.get(change.fromId);
        const b = this.pIndex.get(change.toId);
        if (a === undefined || b === undefined) return;
        const since = toDay(change.since);
        this.infOut.set(a, b, change.strength, 0, since, change.note);
        this.infIn.set(b, a, change.strength, 0, since, change.note);
        return;
      }
      case 'influence.removed': {
        const a = this.pIndex.get(change.fromId);
        const b = this.pIndex.get(change.toId);
        if (a === undefined || b === undefined) return;
        this.infOut.remove(a, b);
        this.infIn.remove(b, a);
        return;
      }
      case 'knows.upserted': {
        const a = this.pIndex.get(change.fromId);
        const b = this.pIndex.get(change.toId);
        if (a === undefined || b === undefined) return;
        const last = toDay(change.lastContactAt);
        const since = toDay(change.since);
        this.knowsOut.set(a, b, change.strength, last, since);
        this.knowsIn.set(b, a, change.strength, last, since);
        return;
      }
      case 'knows.removed': {
        const a = this.pIndex.get(change.fromId);
        const b = this.pIndex.get(change.toId);
        if (a === undefined || b === undefined) return;
        this.knowsOut.remove(a, b);
        this.knowsIn.remove(b, a);
        return;
      }
      case 'team.upserted': {
        const p = this.pIndex.get(change.personId);
        const c = this.cIndex.get(change.companyId);
        if (p === undefined || c === undefined) return;
        const role = TEAM.code(change.role);
        this.teamOfPerson.set(p, c, 0, role);
        this.teamOfCompany.set(c, p, 0, role);
        return;
      }
      case 'team.removed': {
        const p = this.pIndex.get(change.personId);
        const c = this.cIndex.get(change.companyId);
        if (p === undefined || c === undefined) return;
        this.teamOfPerson.remove(p, c);
        this.teamOfCompany.remove(c, p);
        return;
      }
      case 'interaction.upserted': {
        // as interaction.create: nothing without the account; otherwise the links become exactly these
        const x = change.interaction;
        const c = this.cIndex.get(x.accountId);
        if (c === undefined) return;
        const i = this.putInteraction(x);
        for (const p of this.participants.clear(i)) this.tookPart.remove(p, i);
        if (this.iAccount[i] >= 0) this.about.remove(this.iAccount[i], i);
        this.iAccount[i] = c;
        this.about.set(c, i);
        for (const id of x.participantIds) {
          const p = this.pIndex.get(id);
          if (p === undefined) continue;
          this.participants.set(i, p);
          this.tookPart.set(p, i);
        }
        return;
      }
      case 'interaction.removed':
        return this.removeInteraction(change.id);
      case 'potential.set':
        return this.putPotential(change.potential);
      case 'product.upserted':
        this.putProduct(change.product);
        return;
      case 'product.removed':
        return this.removeProduct(change.id);
      case 'sale.upserted':
        this.putSale(change.sale);
        return;
      case 'sale.removed':
        this.sales.remove(this.saleIndex(change.accountId, change.productId, change.period));
        return;
      case 'signal.upserted':
        this.signals.put(change.signal);
        return;
      // account management: as the Cypher, links and versions only between items that exist
      case 'competitor.upserted':
        if (this.cIndex.has(change.link.companyId) && this.cIndex.has(change.link.accountId)) this.management.putCompetitor(change.link);
        return;
      case 'competitor.removed':
        return this.management.removeCompetitor(change.companyId, change.accountId, change.area);
      case 'partner.added':
        if (this.cIndex.has(change.link.companyId) && this.cIndex.has(change.link.accountId)) this.management.putPartner(change.link);
        return;
      case 'partner.removed':
        return this.management.removePartner(change.companyId, change.accountId, change.area);
      case 'plan.versioned':
        return this.bulkPlanVersion(change.version);
      case 'plan.removed':
        return this.management.removePlan(change.planId);
      case 'activity.upserted':
        this.management.removeActivity(change.activity.id);
        return this.bulkActivity(change.activity);
      case 'activity.removed':
        return this.management.removeActivity(change.id);
      case 'graph.cleared':
        return this.clear();
      default:
        unhandled(change);
    }
  }

  /**
   * Marks the accounts a change touches (`memoAccount`). Changes to companies,
   * the unit tree, or anyone working for the supplier (our people, whom every
   * account's coverage reads) invalidate every account; the rest only the
   * accounts of the people they link.
   */
  private touch(change: Change): void {
    const person = (id: string) => this.pIndex.get(id);
    const touchPerson = (id: string) => {
      const p = person(id);
      if (p === undefined) return;
      if (this.supplierSide(p)) this.epoch++;
      else if (this.pEmployer[p] >= 0) this.stampRoot(this.pEmployer[p]);
    };
    switch (change.kind) {
      case 'company.upserted':
      case 'company.removed':
      case 'parent.set':
      case 'parent.removed':
      case 'graph.cleared':
        this.epoch++;
        return;
      case 'person.upserted':
        return touchPerson(change.person.id);
      case 'person.removed': {
        const p = person(change.id);
        if (p === undefined) return;
        touchPerson(change.id);
        // whoever it linked to in other accounts
        this.reports.forEach(p, (s) => touchPerson(this.pIds[s]));
        this.infOut.forEach(p, (w) => touchPerson(this.pIds[w]));
        this.infIn.forEach(p, (w) => touchPerson(this.pIds[w]));
        // the accounts of the interactions they took part in
        this.tookPart.forEach(p, (i) => { if (this.iAccount[i] >= 0) this.stampRoot(this.iAccount[i]); });
        return;
      }
      case 'employment.set':
      case 'employment.removed': {
        touchPerson(change.personId);
        const c = this.cIndex.get(change.companyId);
        if (c !== undefined) {
          if (this.supplierCompany(c)) this.epoch++;
          else this.stampRoot(c);
        }
        return;
      }
      case 'manager.set':
        touchPerson(change.personId);
        touchPerson(change.managerId);
        if (change.previousManagerId) touchPerson(change.previousManagerId);
        return;
      case 'manager.removed':
        touchPerson(change.personId);
        touchPerson(change.managerId);
        return;
      case 'influence.upserted':
      case 'influence.removed':
        touchPerson(change.fromId);
        touchPerson(change.toId);
        return;
      case 'knows.upserted':
      case 'knows.removed': {
        // held by one of ours, who stays who they were: only the contact's account changes
        const p = person(change.toId);
        if (p !== undefined && this.pEmployer[p] >= 0) this.stampRoot(this.pEmployer[p]);
        return;
      }
      case 'team.upserted':
      case 'team.removed': {
        const c = this.cIndex.get(change.companyId);
        if (c !== undefined) this.stampRoot(c);
        return;
      }
      case 'interaction.upserted':
      case 'interaction.removed': {
        // an interaction belongs to its account: the one it was about (before the change) and the one it is about;
        // it also moves the derived strength (DESIGN §4) of its contacts, so their accounts change too (not ours:
        // our side is in every interaction, and bumping the epoch would drop every account's memo)
        const stampContact = (p: number | undefined) => { if (p !== undefined && !this.supplierSide(p) && this.pEmployer[p] >= 0) this.stampRoot(this.pEmployer[p]); };
        const i = this.iIndex.get(change.kind === 'interaction.removed' ? change.id : change.interaction.id);
        if (i !== undefined) {
          if (this.iAccount[i] >= 0) this.stampRoot(this.iAccount[i]);
          this.participants.forEach(i, stampContact);
        }
        if (change.kind === 'interaction.upserted') {
          const c = this.cIndex.get(change.interaction.accountId);
          if (c !== undefined) this.stampRoot(c);
          for (const id of change.interaction.participantIds) stampContact(this.pIndex.get(id));
        }
        return;
      }
      // commercial figures (docs/commercial.md "Computation"): a sale or a potential belongs to its account, and
      // changes only its commercial figures (`memoSales`), never its coverage; the catalogue every account's
      case 'potential.set': {
        const c = this.cIndex.get(change.potential.companyId);
        if (c !== undefined) this.stampSales(c);
        return;
      }
      case 'sale.upserted':
      case 'sale.removed': {
        const c = this.cIndex.get(change.kind === 'sale.upserted' ? change.sale.accountId : change.accountId);
        if (c !== undefined) this.stampSales(c);
        return;
      }
      case 'product.upserted':
        this.catalogue++;
        return;
      case 'signal.upserted': {
        // a signal belongs to its account (company.signals, escalations read it through the scope)
        const c = this.cIndex.get(change.signal.accountId);
        if (c !== undefined) this.stampRoot(c);
        return;
      }
      // account management belongs to its account: a link to the account it is at, a plan or an activity to its plan's
      case 'competitor.upserted':
      case 'partner.added':
        return this.stampId(change.link.accountId);
      case 'competitor.removed':
      case 'partner.removed':
      case 'plan.removed':
        return this.stampId(change.accountId);
      case 'plan.versioned':
        return this.stampId(change.version.accountId);
      case 'activity.upserted':
      case 'activity.removed': {
        const a = this.management.activity(change.kind === 'activity.removed' ? change.id : change.activity.id);
        const planId = a?.planId ?? (change.kind === 'activity.upserted' ? change.activity.planId : null);
        const p = planId === null ? null : this.management.plan(planId);
        if (p) this.stampId(p.accountId);
        return;
      }
      case 'product.removed': {
        this.catalogue++;
        // its sales go with it (the service refuses while there are any)
        const r = this.rIndex.get(change.id);
        if (r !== undefined) this.sales.byProduct.forEach(r, (x) => this.stampSales(this.sales.account[x]));
        return;
      }
      default:
        unhandled(change);
    }
  }

  private rootIndex(c: number): number {
    for (let i = 0, p = this.cParent[c]; p >= 0 && i < this.cIds.length; i++, p = this.cParent[c]) c = p;
    return c;
  }

  private stampSales(c: number) {
    const r = this.rootIndex(c);
    this.salesStamps.set(r, (this.salesStamps.get(r) ?? 0) + 1);
  }

  private stampId(companyId: string) {
    const c = this.cIndex.get(companyId);
    if (c !== undefined) this.stampRoot(c);
  }

  private stampRoot(c: number) {
    const r = this.rootIndex(c);
    this.stamps.set(r, (this.stamps.get(r) ?? 0) + 1);
  }

  /** whether the company or a unit above it is of kind SUPPLIER */
  private supplierCompany(c: number): boolean {
    const supplier = KIND.code('SUPPLIER');
    for (let i = 0; c >= 0 && i <= this.cIds.length; i++, c = this.cParent[c]) if (this.cKind[c] === supplier) return true;
    return false;
  }

  private supplierSide(p: number): boolean {
    return this.pEmployer[p] >= 0 && this.supplierCompany(this.pEmployer[p]);
  }

  private setEmployer(p: number, c: number, title: string | null, since: number) {
    const old = this.pEmployer[p];
    if (old >= 0) this.staff.remove(old, p);
    this.pEmployer[p] = c;
    this.pEmpTitle[p] = c >= 0 ? title : null;
    this.pEmpSince[p] = c >= 0 ? since : NO_DAY;
    if (c >= 0) this.staff.set(c, p);
  }

  private setParent(u: number, c: number) {
    const old = this.cParent[u];
    if (old >= 0) this.units.remove(old, u);
    this.cParent[u] = c;
    if (c >= 0) this.units.set(c, u);
  }

  private setManager(p: number, m: number, since: number) {
    const old = this.pManager[p];
    if (old >= 0) this.reports.remove(old, p);
    this.pManager[p] = m;
    this.pMgrSince[p] = m >= 0 ? since : NO_DAY;
    if (m >= 0) this.reports.set(m, p);
  }

  private removePerson(id: string) {
    const p = this.pIndex.get(id);
    if (p === undefined) return;
    this.setEmployer(p, -1, null, NO_DAY);
    this.setManager(p, -1, NO_DAY);
    for (const s of this.reports.clear(p)) { this.pManager[s] = -1; this.pMgrSince[s] = NO_DAY; }
    for (const w of this.knowsOut.clear(p)) this.knowsIn.remove(w, p);
    for (const w of this.knowsIn.clear(p)) this.knowsOut.remove(w, p);
    for (const w of this.infOut.clear(p)) this.infIn.remove(w, p);
    for (const w of this.infIn.clear(p)) this.infOut.remove(w, p);
    for (const c of this.teamOfPerson.clear(p)) this.teamOfCompany.remove(c, p);
    for (const i of this.tookPart.clear(p)) this.participants.remove(i, p);
    // the store's DETACH DELETE drops their RAISED / REPORTED / ACKNOWLEDGED links
    this.signals.forgetPerson(id);
    // and their OWNS links: the activities they owned have no owner
    this.management.forgetOwner(id);
    this.pOrder.remove(p);
    this.pIndex.delete(id);
    this.pFlags[p] = 0;
    this.pCount--;
  }

  private removeCompany(id: string) {
    const c = this.cIndex.get(id);
    if (c === undefined) return;
    for (const p of this.staff.clear(c)) { this.pEmployer[p] = -1; this.pEmpTitle[p] = null; this.pEmpSince[p] = NO_DAY; }
    this.setParent(c, -1);
    for (const u of this.units.clear(c)) this.cParent[u] = -1;
    for (const p of this.teamOfCompany.clear(c)) this.teamOfPerson.remove(p, c);
    // the store's DETACH DELETE drops the ABOUT links; the interactions stay (the service refuses this while any exist)
    for (const i of this.about.clear(c)) this.iAccount[i] = -1;
    // and its BOUGHT links: a sale without its account is not projected (the service refuses this while any exist)
    this.sales.removeAll('account', c);
    // a signal without its account is not projected (the service refuses this while any exist)
    this.signals.removeOn(id);
    // its COMPETES_AT / PARTNERS_AT links go; its plans are no longer projected (the service refuses this while any exist)
    this.management.removeCompany(id);
    this.cTurnover[c] = NaN;
    this.cImage[c] = 0;
    this.cWallet[c] = NaN;
    this.cOrder.remove(c);
    this.cIndex.delete(id);
    this.cAlive[c] = 0;
    this.cCount--;
  }

  private removeInteraction(id: string) {
    const i = this.iIndex.get(id);
    if (i === undefined) return;
    for (const p of this.participants.clear(i)) this.tookPart.remove(p, i);
    if (this.iAccount[i] >= 0) this.about.remove(this.iAccount[i], i);
    this.iAccount[i] = -1;
    this.iIndex.delete(id);
    this.iAlive[i] = 0;
    this.iSubject[i] = null;
    this.iCount--;
  }

  private clear() {
    this.signals.clear();
    this.management.clear();
    for (const id of [...this.rIndex.keys()]) this.removeProduct(id);
    for (const id of [...this.iIndex.keys()]) this.removeInteraction(id);
    for (const id of [...this.pIndex.keys()]) this.removePerson(id);
    for (const id of [...this.cIndex.keys()]) this.removeCompany(id);
  }

  // --- reads: people ---------------------------------------------------------------------------

  get personCount(): number {
    return this.pCount;
  }
  personIndex(id: string): number {
    return this.pIndex.get(id) ?? -1;
  }
  personId(i: number): string {
    return this.pIds[i];
  }
  person(i: number): PersonRecord {
    const flags = this.pFlags[i];
    return {
      id: this.pIds[i],
      name: this.pName[i],
      email: this.pEmail[i],
      title: this.pTitle[i],
      function: FN.value(this.pFn[i]),
      decisionLevel: LEVEL.value(this.pLevel[i]),
      buyingRole: ROLE.value(this.pRole[i]),
      attitude: ATT.value(this.pAtt[i]),
      active: (flags & ACTIVE) !== 0,
      leftAt: fromDay(this.pLeft[i]),
    };
  }
  findPerson(id: string): PersonRecord | null {
    const i = this.pIndex.get(id);
    return i === undefined ? null : this.person(i);
  }
  isActive(i: number): boolean {
    return (this.pFlags[i] & ACTIVE) !== 0;
  }
  employerOf(i: number): number {
    return this.pEmployer[i];
  }
  employment(i: number) {
    const c = this.pEmployer[i];
    return c < 0 ? null : { company: c, title: this.pEmpTitle[i], since: this.pEmpSince[i] };
  }
  managerOf(i: number): number {
    return this.pManager[i];
  }
  managerSince(i: number): number {
    return this.pMgrSince[i];
  }
  forEachReport(m: number, fn: (p: number) => void): void {
    this.reports.forEach(m, fn);
  }
  forEachKnowsOut(i: number, fn: (c: number, strength: number, last: number, since: number) => void): void {
    this.knowsOut.forEach(i, fn);
  }
  forEachKnowsIn(i: number, fn: (h: number, strength: number, last: number, since: number) => void): void {
    this.knowsIn.forEach(i, fn);
  }
  knowsLink(from: number, to: number) {
    const l = this.knowsOut.get(from, to);
    return l && { strength: l.f, lastContact: l.a, since: l.b };
  }
  forEachInfluenceOut(i: number, fn: (to: number, strength: number, since: number, note: string | null) => void): void {
    this.infOut.forEach(i, (w, f, _a, b, s) => fn(w, f, b, s));
  }
  forEachInfluenceIn(i: number, fn: (from: number, strength: number, since: number, note: string | null) => void): void {
    this.infIn.forEach(i, (w, f, _a, b, s) => fn(w, f, b, s));
  }
  influenceLink(from: number, to: number) {
    const l = this.infOut.get(from, to);
    return l && { strength: l.f, since: l.b, note: l.s };
  }
  forEachTeamOf(p: number, fn: (c: number, role: TeamRole | null) => void): void {
    this.teamOfPerson.forEach(p, (c, _f, a) => fn(c, TEAM.value(a)));
  }
  teamRole(p: number, c: number): TeamRole | null | undefined {
    const l = this.teamOfPerson.get(p, c);
    return l ? TEAM.value(l.a) : undefined;
  }

  private personMatcher(f: PersonFilter): (i: number) => boolean {
    const fn = f.function ? FN.code(f.function) : -1;
    const role = f.buyingRole ? ROLE.code(f.buyingRole) : -1;
    const level = f.decisionLevel ? LEVEL.code(f.decisionLevel) : -1;
    const active = f.active === null || f.active === undefined ? -1 : f.active ? ACTIVE : 0;
    const q = f.search ? f.search.toLowerCase() : null;
    return (i) =>
      (fn < 0 || this.pFn[i] === fn) &&
      (role < 0 || this.pRole[i] === role) &&
      (level < 0 || this.pLevel[i] === level) &&
      (active < 0 || (this.pFlags[i] & ACTIVE) === active) &&
      (q === null || this.pName[i].toLowerCase().includes(q));
  }

  listPeople(filter: PersonFilter, afterId: string | null, limit: number, visible?: (i: number) => boolean): number[] {
    const m = this.personMatcher(filter);
    const match = visible ? (i: number) => visible(i) && m(i) : m;
    const out: number[] = [];
    for (let pos = afterId === null ? 0 : this.pOrder.bound(afterId); pos < this.pOrder.length && out.length < limit; pos++) {
      const i = this.pOrder.at(pos);
      if (match(i)) out.push(i);
    }
    return out;
  }
  countPeople(filter: PersonFilter, visible?: (i: number) => boolean): number {
    if (visible) {
      const m = this.personMatcher(filter);
      let n = 0;
      for (let pos = 0; pos < this.pOrder.length; pos++) {
        const i = this.pOrder.at(pos);
        if (visible(i) && m(i)) n++;
      }
      return n;
    }
    if (!filter.function && !filter.buyingRole && !filter.decisionLevel && (filter.active ?? null) === null && !filter.search) return this.pCount;
    const match = this.personMatcher(filter);
    let n = 0;
    for (let pos = 0; pos < this.pOrder.length; pos++) if (match(this.pOrder.at(pos))) n++;
    return n;
  }

  // --- reads: companies ------------------------------------------------------------------------

  get companyCount(): number {
    return this.cCount;
  }
  companyIndex(id: string): number {
    return this.cIndex.get(id) ?? -1;
  }
  companyId(i: number): string {
    return this.cIds[i];
  }
  company(i: number): CompanyRecord {
    const key = this.cKey[i];
    return {
      id: this.cIds[i],
      name: this.cName[i],
      kind: KIND.value(this.cKind[i])!,
      unitLevel: ULEVEL.value(this.cLevel[i]),
      country: this.cCountry[i],
      segment: this.cSegment[i],
      isKeyAccount: key < 0 ? null : key === 1,
      tier: this.cTier[i],
    };
  }
  findCompany(id: string): CompanyRecord | null {
    const i = this.cIndex.get(id);
    return i === undefined ? null : this.company(i);
  }
  forEachCompany(fn: (c: number) => void): void {
    for (let pos = 0; pos < this.cOrder.length; pos++) fn(this.cOrder.at(pos));
  }
  companyKind(c: number): CompanyKind {
    return KIND.value(this.cKind[c])!;
  }
  parentOf(c: number): number {
    return this.cParent[c];
  }
  forEachUnit(c: number, fn: (u: number) => void): void {
    this.units.forEach(c, fn);
  }
  unitCount(c: number): number {
    return this.units.degree(c);
  }
  forEachStaff(c: number, fn: (p: number) => void): void {
    this.staff.forEach(c, fn);
  }
  staffCount(c: number): number {
    return this.staff.degree(c);
  }
  forEachTeamMember(c: number, fn: (p: number, role: TeamRole | null) => void): void {
    this.teamOfCompany.forEach(c, (p, _f, a) => fn(p, TEAM.value(a)));
  }

  private companyMatcher(f: CompanyFilter): (i: number) => boolean {
    const kind = f.kind ? KIND.code(f.kind) : -1;
    const level = f.unitLevel ? ULEVEL.code(f.unitLevel) : -1;
    const key = f.isKeyAccount === null || f.isKeyAccount === undefined ? -2 : f.isKeyAccount ? 1 : 0;
    const q = f.search ? f.search.toLowerCase() : null;
    return (i) =>
      (kind < 0 || this.cKind[i] === kind) &&
      (level < 0 || this.cLevel[i] === level) &&
      (key === -2 || this.cKey[i] === key) &&
      (q === null || this.cName[i].toLowerCase().includes(q));
  }
  listCompanies(filter: CompanyFilter, afterId: string | null, limit: number, visible?: (c: number) => boolean): number[] {
    const m = this.companyMatcher(filter);
    const match = visible ? (c: number) => visible(c) && m(c) : m;
    const out: number[] = [];
    for (let pos = afterId === null ? 0 : this.cOrder.bound(afterId); pos < this.cOrder.length && out.length < limit; pos++) {
      const i = this.cOrder.at(pos);
      if (match(i)) out.push(i);
    }
    return out;
  }
  countCompanies(filter: CompanyFilter, visible?: (c: number) => boolean): number {
    const m = this.companyMatcher(filter);
    const match = visible ? (c: number) => visible(c) && m(c) : m;
    let n = 0;
    for (let pos = 0; pos < this.cOrder.length; pos++) if (match(this.cOrder.at(pos))) n++;
    return n;
  }

  // --- reads: interactions --------------------------------------------------------------------

  get interactionCount(): number {
    return this.iCount;
  }
  interactionIndex(id: string): number {
    return this.iIndex.get(id) ?? -1;
  }
  interactionId(i: number): string {
    return this.iIds[i];
  }
  interaction(i: number): InteractionRecord {
    return {
      id: this.iIds[i],
      kind: IKIND.value(this.iKind[i])!,
      at: fromDay(this.iAt[i])!,
      direction: IDIR.value(this.iDir[i]),
      level: ILEVEL.value(this.iLevel[i]),
      subject: this.iSubject[i],
    };
  }
  interactionKind(i: number): InteractionKind {
    return IKIND.value(this.iKind[i])!;
  }
  interactionAt(i: number): number {
    return this.iAt[i];
  }
  interactionAccount(i: number): number {
    return this.iAccount[i];
  }
  forEachParticipant(i: number, fn: (person: number) => void): void {
    this.participants.forEach(i, fn);
  }
  participantCount(i: number): number {
    return this.participants.degree(i);
  }
  interactionDirection(i: number): Direction | null {
    return IDIR.value(this.iDir[i]);
  }
  forEachInteractionOf(p: number, fn: (interaction: number) => void): void {
    this.tookPart.forEach(p, fn);
  }
  forEachInteractionAbout(c: number, fn: (interaction: number) => void): void {
    this.about.forEach(c, fn);
  }
  /** every interaction with its links, by id (exports) */
  interactionData(): InteractionData[] {
    const out: InteractionData[] = [];
    for (const i of this.iIndex.values()) {
      const participantIds: string[] = [];
      this.participants.forEach(i, (p) => participantIds.push(this.pIds[p]));
      const a = this.iAccount[i];
      out.push({ ...this.interaction(i), accountId: a >= 0 ? this.cIds[a] : null, participantIds: participantIds.sort() });
    }
    return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }

  // --- reads: products, sales, potentials (docs/commercial.md) --------------------------------

  get productCount(): number {
    return this.rCount;
  }
  productIndex(id: string): number {
    return this.rIndex.get(id) ?? -1;
  }
  productId(i: number): string {
    return this.rIds[i];
  }
  product(i: number): ProductRecord {
    const list = this.rList[i];
    return { id: this.rIds[i], name: this.rName[i], family: this.rFamily[i], launchedAt: fromDay(this.rLaunch[i]), listPrice: Number.isNaN(list) ? null : list };
  }
  findProduct(id: string): ProductRecord | null {
    const i = this.rIndex.get(id);
    return i === undefined ? null : this.product(i);
  }
  forEachProduct(fn: (product: number) => void): void {
    for (let pos = 0; pos < this.rOrder.length; pos++) fn(this.rOrder.at(pos));
  }
  listProducts(afterId: string | null, limit: number, match?: (product: number) => boolean): number[] {
    const out: number[] = [];
    for (let pos = afterId === null ? 0 : this.rOrder.bound(afterId); pos < this.rOrder.length && out.length < limit; pos++) {
      const i = this.rOrder.at(pos);
      if (!match || match(i)) out.push(i);
    }
    return out;
  }
  productFamily(i: number): string {
    return this.rFamily[i];
  }
  productLaunchMonth(i: number): number {
    return this.rLaunchMonth[i];
  }
  productListPrice(i: number): number {
    return this.rList[i];
  }
  families(): readonly string[] {
    if (this.rFamilies === null) {
      const set = new Set<string>();
      for (const i of this.rIndex.values()) set.add(this.rFamily[i]);
      this.rFamilies = [...set].sort();
    }
    return this.rFamilies;
  }

  get saleCount(): number {
    return this.sales.count;
  }
  forEachSaleOf(c: number, fn: SaleVisitor): void {
    const t = this.sales;
    t.byAccount.forEach(c, (x) => fn(x, t.account[x], t.product[x], t.start[x], t.length[x], t.revenue[x], t.volume[x], t.listRevenue[x], t.margin[x]));
  }
  saleCountOf(c: number): number {
    return this.sales.byAccount.degree(c);
  }
  salesOf(c: number): ArrayLike<number> {
    return this.sales.byAccount.view(c);
  }
  get saleColumns(): SaleColumns {
    return this.sales;
  }
  forEachSaleOfProduct(r: number, fn: SaleVisitor): void {
    const t = this.sales;
    t.byProduct.forEach(r, (x) => fn(x, t.account[x], t.product[x], t.start[x], t.length[x], t.revenue[x], t.volume[x], t.listRevenue[x], t.margin[x]));
  }
  saleCountOfProduct(r: number): number {
    return this.sales.byProduct.degree(r);
  }
  saleIndex(accountId: string, productId: string, period: string): number {
    const c = this.cIndex.get(accountId);
    const r = this.rIndex.get(productId);
    const p = parseSalePeriod(period);
    if (c === undefined || r === undefined || !p) return -1;
    return this.sales.find(c, r, p.start, p.length);
  }
  sale(x: number): SaleRecord {
    const t = this.sales;
    return {
      accountId: this.cIds[t.account[x]], productId: this.rIds[t.product[x]], period: salePeriodLabel(t.start[x], t.length[x]),
      revenue: t.revenue[x], volume: t.volume[x], listRevenue: orNull(t.listRevenue[x]), contributionMargin: orNull(t.margin[x]),
    };
  }
  potential(c: number): CompanyPotential {
    return { companyId: this.cIds[c], annualTurnover: orNull(this.cTurnover[c]), image: this.cImage[c] || null, walletEstimate: orNull(this.cWallet[c]) };
  }
  /** every product, by id (exports) */
  productData(): ProductRecord[] {
    const out: ProductRecord[] = [];
    this.forEachProduct((i) => out.push(this.product(i)));
    return out;
  }

  // --- reads: account management (docs/plans.md) ---------------------------------------------

  /** a version, when its account exists (as plan.create's MATCH) */
  bulkPlanVersion(x: PlanVersionData): void {
    if (this.cIndex.has(x.accountId)) this.management.putVersion(x);
  }
  /** an activity, when the version it is IN_PLAN exists (as activity.create's MATCH; its owner may have been removed) */
  bulkActivity(x: ActivityData): void {
    const p = this.management.plan(x.planId);
    if (!p || !p.versions.some((v) => v.version === x.addedIn)) return;
    this.management.putActivity({ ...x, ownerId: x.ownerId !== null && this.pIndex.has(x.ownerId) ? x.ownerId : null });
  }
  bulkCompetitor(x: CompetitorLinkData): void { this.management.putCompetitor(x); }
  bulkPartner(x: PartnerLinkData): void { this.management.putPartner(x); }

  forEachCompetitorAt(account: number, fn: (competitor: number, area: string, estimatedShare: number | null) => void): void {
    if (account < 0) return;
    this.management.forEachCompetitor('at', this.cIds[account], (x) => { const c = this.cIndex.get(x.companyId); if (c !== undefined) fn(c, x.area, x.estimatedShare); });
  }
  forEachCompetingAt(competitor: number, fn: (account: number, area: string, estimatedShare: number | null) => void): void {
    if (competitor < 0) return;
    this.management.forEachCompetitor('of', this.cIds[competitor], (x) => { const a = this.cIndex.get(x.accountId); if (a !== undefined) fn(a, x.area, x.estimatedShare); });
  }
  forEachPartnerAt(account: number, fn: (partner: number, area: string) => void): void {
    if (account < 0) return;
    this.management.forEachPartner('at', this.cIds[account], (x) => { const c = this.cIndex.get(x.companyId); if (c !== undefined) fn(c, x.area); });
  }
  forEachPartneringAt(partner: number, fn: (account: number, area: string) => void): void {
    if (partner < 0) return;
    this.management.forEachPartner('of', this.cIds[partner], (x) => { const a = this.cIndex.get(x.accountId); if (a !== undefined) fn(a, x.area); });
  }
  competitorShare(competitor: number, account: number, area: string): number | null | undefined {
    if (competitor < 0 || account < 0) return undefined;
    const x = this.management.competitor(this.cIds[competitor], this.cIds[account], area);
    return x ? x.estimatedShare : undefined;
  }
  hasPartnerLink(partner: number, account: number, area: string): boolean {
    return partner >= 0 && account >= 0 && this.management.partner(this.cIds[partner], this.cIds[account], area) !== null;
  }
  plansOf(account: number): readonly PlanData[] {
    return account < 0 ? [] : this.management.plansAt(this.cIds[account]);
  }
  findPlan(planId: string): PlanData | null {
    return this.management.plan(planId);
  }
  findActivity(id: string): ActivityData | null {
    return this.management.activity(id);
  }
  forEachActivityOf(planId: string, fn: (a: ActivityData) => void): void {
    this.management.forEachActivityOf(planId, fn);
  }
  forEachActivity(fn: (a: ActivityData) => void): void {
    this.management.forEachActivity(fn);
  }
  get planCount(): number {
    return this.management.planCount;
  }
  /** every competitor and partner link, plan version and activity (exports, replicas) */
  managementData(): ManagementState {
    return this.management.export();
  }

  // --- reads: signals ---------------------------------------------------------------------------

  bulkSignal(x: SignalData): void { this.signals.put(x); }

  findSignal(id: string): SignalData | null {
    return this.signals.get(id);
  }
  forEachSignal(fn: (s: SignalData) => void): void {
    this.signals.forEach(fn);
  }
  /** every signal, by id (exports, replicas) */
  signalData(): SignalData[] {
    return this.signals.all();
  }

  // --- derived values ------------------------------------------------------------------------

  /**
   * How many derived values are kept: at least 20,000, and two per company
   * so a portfolio-wide list (one value per account: XL has 20,901 accounts)
   * fits whole. Tests lower it.
   */
  memoLimit: number | null = null;
  private get memoCap(): number {
    return this.memoLimit ?? Math.max(20_000, 2 * this.cCount);
  }

  /** A derived value of the whole graph, recomputed after any change (docs/decisions.md "Read model"). */
  memo<T>(key: string, compute: () => T): T {
    const hit = this.derived.get(key);
    if (hit && !this.isStale(hit)) return this.recent(key, hit).value as T;
    // the graph changed since: free what the changes made stale now, not only at the cap
    if (hit) this.dropStale();
    return this.keep(key, { kind: 'graph', version: this.version, value: compute() });
  }

  /** A derived value of one account's commercial figures: recomputed after a change to its sales, potential inputs or the catalogue. */
  memoSales<T>(accountId: string, key: string, compute: () => T): T {
    const hit = this.derived.get(key);
    if (hit && hit.kind === 'sales' && !this.isStale(hit)) return this.recent(key, hit).value as T;
    const root = this.rootOf(accountId);
    const tag = root < 0 ? -1 : this.salesStamps.get(root) ?? 0;
    return this.keep(key, { kind: 'sales', epoch: this.epoch, root, tag, catalogue: this.catalogue, value: compute() });
  }

  /** A derived value of one account: recomputed after a change that touches the account, or every account. */
  memoAccount<T>(accountId: string, key: string, compute: () => T): T {
    const hit = this.derived.get(key);
    if (hit && hit.kind === 'account' && !this.isStale(hit)) return this.recent(key, hit).value as T;
    const root = this.rootOf(accountId);
    const tag = root < 0 ? -1 : this.stamps.get(root) ?? 0;
    return this.keep(key, { kind: 'account', epoch: this.epoch, root, tag, value: compute() });
  }

  /** Forgets every derived value (the benchmark times cold requests, as right after a write). */
  dropDerived(): void {
    this.derived.clear();
  }

  /** The root account's company index, or -1 for an unknown company (its value is kept until the epoch moves). */
  private rootOf(accountId: string): number {
    const c = this.cIndex.get(accountId);
    return c === undefined ? -1 : this.rootIndex(c);
  }

  private isStale(v: Derived): boolean {
    if (v.kind === 'graph') return v.version !== this.version;
    if (v.epoch !== this.epoch) return true;
    if (v.root < 0) return false;
    if (v.kind === 'sales') return v.catalogue !== this.catalogue || v.tag !== (this.salesStamps.get(v.root) ?? 0);
    return v.tag !== (this.stamps.get(v.root) ?? 0);
  }

  /** A hit moves to the end of the map's order, so eviction takes the least recently used first. */
  private recent(key: string, v: Derived): Derived {
    this.derived.delete(key);
    this.derived.set(key, v);
    return v;
  }

  private keep<T>(key: string, v: Derived & { value: T }): T {
    this.derived.delete(key);
    if (this.derived.size >= this.memoCap) this.prune();
    this.derived.set(key, v);
    return v.value;
  }

  /**
   * At the cap: stale values go first; if that is not enough, the least
   * recently used until a quarter of the room is free. (It used to clear
   * everything, so a portfolio list over more accounts than the cap
   * recomputed every account on every call.)
   */
  private dropStale() {
    for (const [k, v] of this.derived) if (this.isStale(v)) this.derived.delete(k);
  }

  private prune() {
    this.dropStale();
    const target = Math.floor(this.memoCap * 0.75);
    if (this.derived.size < target) return;
    for (const k of this.derived.keys()) {
      if (this.derived.size <= target) break;
      this.derived.delete(k);
    }
  }

  /** Approximate resident bytes of the graph's arrays (strings and maps estimated), for the benchmark. */
  footprint(): { bytes: number; knowsBytes: number; salesBytes: number; people: number; companies: number; knows: number; sales: number } {
    const adj = [this.staff, this.units, this.reports, this.knowsOut, this.knowsIn, this.infOut, this.infIn, this.teamOfPerson, this.teamOfCompany, this.participants, this.tookPart, this.about];
    const typed = [this.pFn, this.pLevel, this.pRole, this.pAtt, this.pFlags, this.pLeft, this.pEmployer, this.pEmpSince, this.pManager, this.pMgrSince, this.iKind, this.iDir, this.iLevel, this.iAt, this.iAccount, this.iAlive]
      .reduce((s, a) => s + a.byteLength, 0);
    return {
      bytes: adj.reduce((s, a) => s + a.bytes(), 0) + typed + this.sales.bytes(),
      salesBytes: this.sales.bytes(), sales: this.sales.count,
      knowsBytes: this.knowsOut.bytes() + this.knowsIn.bytes(),
      people: this.pCount, companies: this.cCount, knows: this.knowsOut.size,
    };
  }

  /** Checks two read models hold the same graph; returns the first difference (tests). */
  static diff(x: ReadModel, y: ReadModel): string | null {
    const dump = (g: ReadModel) => g.dumpLines().join('\n');
    const a = dump(x).split('\n');
    const b = dump(y).split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return `${a[i] ?? '∅'}  ≠  ${b[i] ?? '∅'}`;
    return null;
  }

  /** Every item and link as sorted text lines, by id (tests compare read models with it). */
  dumpLines(): string[] {
    const lines: string[] = [];
    const day = (d: number) => fromDay(d) ?? '-';
    this.forEachCompany((c) => {
      const parent = this.cParent[c];
      const { companyId: _c, ...potential } = this.potential(c);
      lines.push(`C ${JSON.stringify(this.company(c))} parent=${parent >= 0 ? this.cIds[parent] : '-'} potential=${JSON.stringify(potential)}`);
      const sales: string[] = [];
      this.forEachSaleOf(c, (x) => sales.push(JSON.stringify(this.sale(x))));
      lines.push(`  sales ${sales.sort().join(',')}`);
      const team: string[] = [];
      this.forEachTeamMember(c, (p, role) => team.push(`${this.pIds[p]}:${role}`));
      lines.push(`  team ${team.sort().join(',')}`);
      const units: string[] = [];
      this.forEachUnit(c, (u) => units.push(this.cIds[u]));
      lines.push(`  units ${units.sort().join(',')}`);
      const staff: string[] = [];
      this.forEachStaff(c, (p) => staff.push(this.pIds[p]));
      lines.push(`  staff ${staff.sort().join(',')}`);
      const about: string[] = [];
      this.forEachInteractionAbout(c, (i) => about.push(this.iIds[i]));
      lines.push(`  about ${about.sort().join(',')}`);
    });
    for (let pos = 0; pos < this.pOrder.length; pos++) {
      const p = this.pOrder.at(pos);
      const e = this.employment(p);
      const m = this.pManager[p];
      lines.push(`P ${JSON.stringify(this.person(p))} employer=${e ? `${this.cIds[e.company]}|${e.title}|${day(e.since)}` : '-'} manager=${m >= 0 ? `${this.pIds[m]}|${day(this.pMgrSince[p])}` : '-'}`);
      const rows = (label: string, visit: (fn: (w: number, f: number, a: number, b: number, s: string | null) => void) => void) => {
        const xs: string[] = [];
        visit((w, f, a, b, s) => xs.push(`${this.pIds[w] ?? this.cIds[w]}|${f}|${day(a)}|${day(b)}|${s}`));
        lines.push(`  ${label} ${xs.sort().join(',')}`);
      };
      rows('knowsOut', (fn) => this.knowsOut.forEach(p, fn));
      rows('knowsIn', (fn) => this.knowsIn.forEach(p, fn));
      rows('infOut', (fn) => this.infOut.forEach(p, (w, f, _a, b, s) => fn(w, f, NO_DAY, b, s)));
      rows('infIn', (fn) => this.infIn.forEach(p, (w, f, _a, b, s) => fn(w, f, NO_DAY, b, s)));
      const reports: string[] = [];
      this.forEachReport(p, (s) => reports.push(this.pIds[s]));
      lines.push(`  reports ${reports.sort().join(',')}`);
      const teams: string[] = [];
      this.forEachTeamOf(p, (c, role) => teams.push(`${this.cIds[c]}:${role}`));
      lines.push(`  teams ${teams.sort().join(',')}`);
      const took: string[] = [];
      this.forEachInteractionOf(p, (i) => took.push(this.iIds[i]));
      lines.push(`  took ${took.sort().join(',')}`);
    }
    for (const x of this.interactionData()) {
      const { participantIds, accountId, ...record } = x;
      lines.push(`I ${JSON.stringify(record)} about=${accountId ?? '-'} participants=${participantIds.join(',')}`);
    }
    for (const r of this.productData()) {
      const ofs: string[] = [];
      this.forEachSaleOfProduct(this.rIndex.get(r.id)!, (x) => ofs.push(this.sale(x).accountId + '/' + this.sale(x).period));
      lines.push(`R ${JSON.stringify(r)} sales=${ofs.sort().join(',')}`);
    }
    for (const x of this.signals.all()) lines.push(`S ${JSON.stringify(x)}`);
    const m = this.management.export();
    for (const x of m.competitors) lines.push(`K ${JSON.stringify(x)}`);
    for (const x of m.partners) lines.push(`N ${JSON.stringify(x)}`);
    for (const x of m.plans) lines.push(`A ${JSON.stringify(x)}`);
    for (const x of m.activities) lines.push(`T ${JSON.stringify(x)}`);
    return lines;
  }

  /**
   * Everything a worker thread needs to hold a replica (`fromState`): node
   * columns (copied by postMessage), link arrays in SharedArrayBuffers
   * (shared, not copied). The replica then applies the same changes.
   */
  exportState(): ReadModelState {
    const n = this.pIds.length;
    const m = this.cIds.length;
    const k = this.iIds.length;
    return {
      version: this.version,
      people: {
        ids: this.pIds, name: this.pName, email: this.pEmail, title: this.pTitle, empTitle: this.pEmpTitle,
        fn: this.pFn.slice(0, n), level: this.pLevel.slice(0, n), role: this.pRole.slice(0, n), att: this.pAtt.slice(0, n),
        flags: this.pFlags.slice(0, n), left: this.pLeft.slice(0, n), employer: this.pEmployer.slice(0, n), empSince: this.pEmpSince.slice(0, n),
        manager: this.pManager.slice(0, n), mgrSince: this.pMgrSince.slice(0, n), count: this.pCount, order: this.pOrder.export(),
      },
      companies: {
        ids: this.cIds, name: this.cName, country: this.cCountry, segment: this.cSegment, tier: this.cTier,
        kind: this.cKind.slice(0, m), level: this.cLevel.slice(0, m), key: this.cKey.slice(0, m), alive: this.cAlive.slice(0, m),
        parent: this.cParent.slice(0, m), count: this.cCount, order: this.cOrder.export(),
      },
      interactions: {
        ids: this.iIds, subject: this.iSubject, kind: this.iKind.slice(0, k), dir: this.iDir.slice(0, k), level: this.iLevel.slice(0, k),
        at: this.iAt.slice(0, k), account: this.iAccount.slice(0, k), alive: this.iAlive.slice(0, k), count: this.iCount,
      },
      potentials: { turnover: this.cTurnover.slice(0, m), image: this.cImage.slice(0, m), wallet: this.cWallet.slice(0, m) },
      products: {
        ids: this.rIds, name: this.rName, family: this.rFamily, launch: this.rLaunch.slice(0, this.rIds.length), launchMonth: this.rLaunchMonth.slice(0, this.rIds.length),
        list: this.rList.slice(0, this.rIds.length), alive: this.rAlive.slice(0, this.rIds.length), count: this.rCount, order: this.rOrder.export(),
      },
      sales: this.sales.export(),
      signals: this.signals.all(),
      management: this.management.export(),
      links: {
        staff: this.staff.sharedBase(), units: this.units.sharedBase(), reports: this.reports.sharedBase(),
        knowsOut: this.knowsOut.sharedBase(), knowsIn: this.knowsIn.sharedBase(), infOut: this.infOut.sharedBase(), infIn: this.infIn.sharedBase(),
        teamOfPerson: this.teamOfPerson.sharedBase(), teamOfCompany: this.teamOfCompany.sharedBase(),
        participants: this.participants.sharedBase(), tookPart: this.tookPart.sharedBase(), about: this.about.sharedBase(),
      },
    };
  }

  /** A replica of an exported read model (in a worker thread). */
  static fromState(s: ReadModelState): ReadModel {
    const g = new ReadModel();
    const p = s.people;
    g.pIds = p.ids; g.pName = p.name; g.pEmail = p.email; g.pTitle = p.title; g.pEmpTitle = p.empTitle;
    g.pFn = p.fn; g.pLevel = p.level; g.pRole = p.role; g.pAtt = p.att; g.pFlags = p.flags; g.pLeft = p.left;
    g.pEmployer = p.employer; g.pEmpSince = p.empSince; g.pManager = p.manager; g.pMgrSince = p.mgrSince; g.pCount = p.count;
    for (let i = 0; i < p.ids.length; i++) if (p.flags[i] & ALIVE) g.pIndex.set(p.ids[i], i);
    g.pOrder = new IdOrder(g.pIds);
    g.pOrder.load(p.order);
    const c = s.companies;
    g.cIds = c.ids; g.cName = c.name; g.cCountry = c.country; g.cSegment = c.segment; g.cTier = c.tier;
    g.cKind = c.kind; g.cLevel = c.level; g.cKey = c.key; g.cAlive = c.alive; g.cParent = c.parent; g.cCount = c.count;
    for (let i = 0; i < c.ids.length; i++) if (c.alive[i]) g.cIndex.set(c.ids[i], i);
    g.cOrder = new IdOrder(g.cIds);
    g.cOrder.load(c.order);
    const x = s.interactions;
    g.iIds = x.ids; g.iSubject = x.subject; g.iKind = x.kind; g.iDir = x.dir; g.iLevel = x.level; g.iAt = x.at;
    g.iAccount = x.account; g.iAlive = x.alive; g.iCount = x.count;
    for (let i = 0; i < x.ids.length; i++) if (x.alive[i]) g.iIndex.set(x.ids[i], i);
    g.cTurnover = s.potentials.turnover; g.cImage = s.potentials.image; g.cWallet = s.potentials.wallet;
    const r = s.products;
    g.rIds = r.ids; g.rName = r.name; g.rFamily = r.family; g.rLaunch = r.launch; g.rLaunchMonth = r.launchMonth; g.rList = r.list;
    g.rAlive = r.alive; g.rCount = r.count; g.rFamilies = null;
    for (let i = 0; i < r.ids.length; i++) if (r.alive[i]) g.rIndex.set(r.ids[i], i);
    g.rOrder = new IdOrder(g.rIds);
    g.rOrder.load(r.order);
    g.sales = SalesTable.from(s.sales);
    for (const x of s.signals) g.signals.put(x);
    g.management = ManagementBook.from(s.management);
    g.install(s.links);
    g.version = s.version;
    return g;
  }

  /** @internal the builder installs bulk-built links */
  install(parts: Record<LinkName, CsrBase>): void {
    this.staff = new Adjacency({}, parts.staff);
    this.units = new Adjacency({}, parts.units);
    this.reports = new Adjacency({}, parts.reports);
    this.knowsOut = new Adjacency(KNOWS_COLUMNS, parts.knowsOut);
    this.knowsIn = new Adjacency(KNOWS_COLUMNS, parts.knowsIn);
    this.infOut = new Adjacency({ f: true, b: true, s: true }, parts.infOut);
    this.infIn = new Adjacency({ f: true, b: true, s: true }, parts.infIn);
    this.teamOfPerson = new Adjacency({ a: true }, parts.teamOfPerson);
    this.teamOfCompany = new Adjacency({ a: true }, parts.teamOfCompany);
    this.participants = new Adjacency({}, parts.participants);
    this.tookPart = new Adjacency({}, parts.tookPart);
    this.about = new Adjacency({}, parts.about);
  }

  /** @internal bulk building: columns without keeping the id order (sorted once in `finishBulk`) */
  bulkPerson(p: PersonRecord): number { return this.putPerson(p, false); }
  /** @internal */
  bulkCompany(c: CompanyRecord): number { return this.putCompany(c, false); }
  /** @internal single-valued links set directly during a bulk build */
  bulkEmployer(p: number, c: number, title: string | null, since: number) { this.pEmployer[p] = c; this.pEmpTitle[p] = this.strings.get(title); this.pEmpSince[p] = since; }
  /** @internal */
  bulkParent(u: number, c: number) { this.cParent[u] = c; }
  /** @internal */
  bulkInteraction(x: InteractionRecord): number { return this.putInteraction(x); }
  /** @internal */
  bulkAccount(i: number, c: number) { this.iAccount[i] = c; }
  /** @internal */
  accountIndex(): Int32Array { return this.iAccount; }
  /** @internal */
  bulkManager(p: number, m: number, since: number) { this.pManager[p] = m; this.pMgrSince[p] = since; }
  /** @internal */
  bulkProduct(x: ProductRecord): number { return this.putProduct(x, false); }
  /** @internal a sale's columns only: the account and product indexes are built in `finishBulk` */
  bulkSale(x: SaleRecord): number { return this.putSale(x, false); }
  /** @internal */
  bulkPotential(x: CompanyPotential): void { this.putPotential(x); }
  /** @internal */
  finishBulk(): void {
    this.pOrder.reset([...this.pIndex.values()]);
    this.cOrder.reset([...this.cIndex.values()]);
    this.rOrder.reset([...this.rIndex.values()]);
    this.sales.index(this.cIds.length, this.rIds.length);
    this.version++;
  }
  /** @internal */
  get sizes() { return { people: this.pIds.length, companies: this.cIds.length, interactions: this.iIds.length }; }
  /** @internal */
  employerIndex(): Int32Array { return this.pEmployer; }
  /** @internal */
  parentIndex(): Int32Array { return this.cParent; }
  /** @internal */
  managerIndex(): Int32Array { return this.pManager; }
}

/** A read model as posted to a worker thread (`ReadModel.exportState`). */
export interface ReadModelState {
  version: number;
  people: {
    ids: string[]; name: string[]; email: (string | null)[]; title: (string | null)[]; empTitle: (string | null)[];
    fn: Uint8Array; level: Uint8Array; role: Uint8Array; att: Uint8Array; flags: Uint8Array; left: Int32Array;
    employer: Int32Array; empSince: Int32Array; manager: Int32Array; mgrSince: Int32Array; count: number; order: Int32Array;
  };
  companies: {
    ids: string[]; name: string[]; country: (string | null)[]; segment: (string | null)[]; tier: (string | null)[];
    kind: Uint8Array; level: Uint8Array; key: Int8Array; alive: Uint8Array; parent: Int32Array; count: number; order: Int32Array;
  };
  interactions: {
    ids: string[]; subject: (string | null)[]; kind: Uint8Array; dir: Uint8Array; level: Uint8Array; at: Int32Array;
    account: Int32Array; alive: Uint8Array; count: number;
  };
  potentials: { turnover: Float64Array; image: Uint8Array; wallet: Float64Array };
  products: {
    ids: string[]; name: string[]; family: string[]; launch: Int32Array; launchMonth: Int32Array; list: Float64Array; alive: Uint8Array;
    count: number; order: Int32Array;
  };
  sales: SalesState;
  /** plain records: a handful per account */
  signals: SignalData[];
  /** plain records: a handful per key account (docs/plans.md) */
  management: ManagementState;
  links: Record<LinkName, CsrBase>;
}

type LinkName = 'staff' | 'units' | 'reports' | 'knowsOut' | 'knowsIn' | 'infOut' | 'infIn' | 'teamOfPerson' | 'teamOfCompany' | 'participants' | 'tookPart' | 'about';

/**
 * Builds a read model from rows in bulk (the store's scans at start, or
 * generated data): nodes first, then links in any order; links collect in
 * flat buffers and become CSR in one pass at `finish`.
 */
export class ReadModelBuilder {
  private readonly g = new ReadModel();
  private readonly knowsLinks = new LinkBuffer(KNOWS_COLUMNS, 1 << 16);
  private readonly inf = new LinkBuffer({ f: true, b: true, s: true }, 1 << 12);
  private readonly team = new LinkBuffer({ a: true }, 1 << 10);
  private readonly took = new LinkBuffer({}, 1 << 12); // person → interaction

  company(c: CompanyRecord): void { this.g.bulkCompany(c); }
  person(p: PersonRecord): void { this.g.bulkPerson(p); }

  worksAt(r: { personId: string; companyId: string; title: string | null; since: string | null }): void {
    const p = this.g.personIndex(r.personId);
    const c = this.g.companyIndex(r.companyId);
    if (p >= 0 && c >= 0) this.g.bulkEmployer(p, c, r.title ?? null, toDay(r.since));
  }
  partOf(r: { unitId: string; parentId: string }): void {
    const u = this.g.companyIndex(r.unitId);
    const c = this.g.companyIndex(r.parentId);
    if (u >= 0 && c >= 0) this.g.bulkParent(u, c);
  }
  reportsTo(r: { personId: string; managerId: string; since: string | null }): void {
    const p = this.g.personIndex(r.personId);
    const m = this.g.personIndex(r.managerId);
    if (p >= 0 && m >= 0) this.g.bulkManager(p, m, toDay(r.since));
  }
  influence(r: { fromId: string; toId: string; strength: number; note: string | null; since: string | null }): void {
    const a = this.g.personIndex(r.fromId);
    const b = this.g.personIndex(r.toId);
    if (a >= 0 && b >= 0) this.inf.push(a, b, Number(r.strength), 0, toDay(r.since), r.note ?? null);
  }
  knows(r: { fromId: string; toId: string; strength: number; lastContactAt: string | null; since: string | null }): void {
    const a = this.g.personIndex(r.fromId);
    const b = this.g.personIndex(r.toId);
    if (a >= 0 && b >= 0) this.knowsLinks.push(a, b, Number(r.strength), toDay(r.lastContactAt), toDay(r.since));
  }
  onTeam(r: { personId: string; companyId: string; role: TeamRole | null }): void {
    const p = this.g.personIndex(r.personId);
    const c = this.g.companyIndex(r.companyId);
    if (p >= 0 && c >= 0) this.team.push(p, c, 0, TEAM.code(r.role));
  }

  interaction(r: InteractionRecord & { accountId: string | null }): void {
    const i = this.g.bulkInteraction(r);
    const c = r.accountId === null ? -1 : this.g.companyIndex(r.accountId);
    if (c >= 0) this.g.bulkAccount(i, c);
  }
  tookPart(r: { personId: string; interactionId: string }): void {
    const p = this.g.personIndex(r.personId);
    const i = this.g.interactionIndex(r.interactionId);
    if (p >= 0 && i >= 0) this.took.push(p, i);
  }

  /** products before sales; a sale whose account or product is missing is left out, as the store's MATCH would */
  product(r: ProductRecord): void { this.g.bulkProduct(r); }
  sale(r: SaleRecord): void { this.g.bulkSale(r); }
  potential(r: CompanyPotential): void { this.g.bulkPotential(r); }
  signal(r: SignalData): void { this.g.bulkSignal(r); }
  competitor(r: CompetitorLinkData): void { if (this.g.companyIndex(r.companyId) >= 0 && this.g.companyIndex(r.accountId) >= 0) this.g.bulkCompetitor(r); }
  partner(r: PartnerLinkData): void { if (this.g.companyIndex(r.companyId) >= 0 && this.g.companyIndex(r.accountId) >= 0) this.g.bulkPartner(r); }
  /** plan versions before activities (an activity needs the version it is IN_PLAN) */
  planVersion(r: PlanVersionData): void { this.g.bulkPlanVersion(r); }
  activity(r: ActivityData): void { this.g.bulkActivity(r); }

  finish(): ReadModel {
    // in SharedArrayBuffers from the start: the worker replicas share them as they are (a copy at the first export
    // left ~300 MB more resident at scale L, the old arrays' memory not returned to the system)
    const { people: np, companies: nc, interactions: ni } = this.g.sizes;
    const single = (index: Int32Array, n: number, nTargets: number): CsrBase => {
      const buf = new LinkBuffer({}, Math.max(16, n));
      for (let i = 0; i < n; i++) if (index[i] >= 0) buf.push(index[i], i);
      return buf.build(nTargets, true);
    };
    this.g.install({
      staff: single(this.g.employerIndex(), np, nc),
      units: single(this.g.parentIndex(), nc, nc),
      reports: single(this.g.managerIndex(), np, np),
      knowsOut: this.knowsLinks.build(np, true),
      knowsIn: this.knowsLinks.build(np, true, true),
      infOut: this.inf.build(np, true),
      infIn: this.inf.build(np, true, true),
      teamOfPerson: this.team.build(np, true),
      teamOfCompany: this.team.build(nc, true, true),
      participants: this.took.build(ni, true, true),
      tookPart: this.took.build(np, true),
      about: single(this.g.accountIndex(), ni, nc),
    });
    this.g.finishBulk();
    return this.g;
  }
}
