import type { CompanyPotential, CompanyRecord, InteractionRecord, PersonRecord, ProductRecord, SaleRecord } from '../domain/records.js';
import { rootIndex, underSupplier } from '../domain/terms.js';
import type { TeamRole } from '../domain/enums.js';
import type { SignalData } from '../domain/signals.js';
import type { CommercialGraph, CompanyFilter, PersonFilter, ReadGraph, ReadModelSource, SaleVisitor } from './read-graph.js';
import type { ActivityData } from '../domain/plans.js';
import type { ManagementGraph, PlanData } from './management-graph.js';

/**
 * The accounts a caller may read (docs/access.md "The rule"): `null` is
 * every account; otherwise the ids of root customer accounts. Plain data,
 * so it crosses to the worker threads with a task.
 */
const NONE: ArrayLike<number> = new Int32Array(0);

export type ReadScope = { accounts: readonly string[] } | null;

/**
 * The read model as one caller may see it (DESIGN §7): a person is visible
 * when they work for the supplier (any unit under a SUPPLIER company) or
 * for a unit of an account in scope; a company when its root is a supplier
 * or an account in scope. Everything else is absent, not half-shown:
 * lookups answer -1 / null, link walks skip it, lists and counts leave it
 * out. An interaction is visible when the account it is about is; its
 * participants out of scope are left out of it. Every service, loader and analytic reads through this view, so the
 * rule is applied in this one place — including influence paths, which
 * therefore never pass through a person the caller cannot see.
 */
export class ScopedGraph implements CommercialGraph, ManagementGraph {
  private readonly roots = new Set<number>();
  /** company index → visible (memo for this request; companies are few) */
  private readonly companyVisible = new Map<number, boolean>();
  private readonly key: string;
  readonly visiblePerson = (i: number): boolean => {
    if (i < 0) return false;
    const e = this.base.employerOf(i);
    return e >= 0 && this.visibleCompany(e);
  };
  readonly visibleCompany = (c: number): boolean => {
    if (c < 0) return false;
    let v = this.companyVisible.get(c);
    if (v === undefined) {
      // "ours" as terms.ts defines it (any unit at or under a SUPPLIER company), so the rule and the metrics agree
      const root = rootIndex(this.base, c);
      v = underSupplier(this.base, c) || this.roots.has(root);
      // a competitor or partner is visible when it (or its group) is at an account in scope (docs/plans.md "Access")
      const kind = this.base.companyKind(root);
      if (!v && (kind === 'COMPETITOR' || kind === 'PARTNER')) v = this.linkedInScope(c) || (root !== c && this.linkedInScope(root));
      this.companyVisible.set(c, v);
    }
    return v;
  };

  /** whether a company COMPETES_AT or PARTNERS_AT an account whose root is in scope */
  private linkedInScope(c: number): boolean {
    const m = this.base as Partial<ManagementGraph>;
    if (typeof m.forEachCompetingAt !== 'function') return false;
    let hit = false;
    const at = (a: number) => { if (!hit && this.roots.has(rootIndex(this.base, a))) hit = true; };
    m.forEachCompetingAt(c, at);
    m.forEachPartneringAt!(c, at);
    return hit;
  }

  constructor(private readonly base: ReadGraph, accounts: readonly string[]) {
    for (const id of accounts) {
      const c = base.companyIndex(id);
      // a claim names a root account; a unit id or an unknown id grants nothing
      if (c >= 0 && base.parentOf(c) < 0) this.roots.add(c);
    }
    // the key names the resolved roots, not the claim's strings ("A,B" and ["A", "B"] must not collide)
    this.key = `scope:${[...this.roots].sort((a, b) => a - b).join(',')}|`;
  }


  get version() { return this.base.version; }
  get personCount() { return this.base.personCount; }
  get companyCount() { return this.base.companyCount; }

  personIndex(id: string): number {
    const i = this.base.personIndex(id);
    return this.visiblePerson(i) ? i : -1;
  }
  personId(i: number): string { return this.base.personId(i); }
  person(i: number): PersonRecord { return this.base.person(i); }
  findPerson(id: string): PersonRecord | null {
    const i = this.personIndex(id);
    return i < 0 ? null : this.base.person(i);
  }
  isActive(i: number): boolean { return this.base.isActive(i); }
  employerOf(i: number): number { return this.base.employerOf(i); }
  employment(i: number) { return this.base.employment(i); }
  managerOf(i: number): number {
    const m = this.base.managerOf(i);
    return this.visiblePerson(m) ? m : -1;
  }
  managerSince(i: number): number { return this.base.managerSince(i); }
  forEachReport(manager: number, fn: (person: number) => void): void {
    this.base.forEachReport(manager, (p) => { if (this.visiblePerson(p)) fn(p); });
  }
  forEachKnowsOut(i: number, fn: (contact: number, strength: number, lastContact: number, since: number) => void): void {
    this.base.forEachKnowsOut(i, (w, s, l, d) => { if (this.visiblePerson(w)) fn(w, s, l, d); });
  }
  forEachKnowsIn(i: number, fn: (holder: number, strength: number, lastContact: number, since: number) => void): void {
    this.base.forEachKnowsIn(i, (w, s, l, d) => { if (this.visiblePerson(w)) fn(w, s, l, d); });
  }
  knowsLink(from: number, to: number) {
    return this.visiblePerson(from) && this.visiblePerson(to) ? this.base.knowsLink(from, to) : null;
  }
  forEachInfluenceOut(i: number, fn: (to: number, strength: number, since: number, note: string | null) => void): void {
    this.base.forEachInfluenceOut(i, (w, s, d, n) => { if (this.visiblePerson(w)) fn(w, s, d, n); });
  }
  forEachInfluenceIn(i: number, fn: (from: number, strength: number, since: number, note: string | null) => void): void {
    this.base.forEachInfluenceIn(i, (w, s, d, n) => { if (this.visiblePerson(w)) fn(w, s, d, n); });
  }
  influenceLink(from: number, to: number) {
    return this.visiblePerson(from) && this.visiblePerson(to) ? this.base.influenceLink(from, to) : null;
  }
  forEachTeamOf(person: number, fn: (company: number, role: TeamRole | null) => void): void {
    this.base.forEachTeamOf(person, (c, r) => { if (this.visibleCompany(c)) fn(c, r); });
  }
  teamRole(person: number, company: number): TeamRole | null | undefined {
    return this.visibleCompany(company) ? this.base.teamRole(person, company) : undefined;
  }
  listPeople(filter: PersonFilter, afterId: string | null, limit: number): number[] {
    return this.base.listPeople(filter, afterId, limit, this.visiblePerson);
  }
  countPeople(filter: PersonFilter): number {
    return this.base.countPeople(filter, this.visiblePerson);
  }

  companyIndex(id: string): number {
    const c = this.base.companyIndex(id);
    return this.visibleCompany(c) ? c : -1;
  }
  companyId(i: number): string { return this.base.companyId(i); }
  company(i: number): CompanyRecord { return this.base.company(i); }
  findCompany(id: string): CompanyRecord | null {
    const c = this.companyIndex(id);
    return c < 0 ? null : this.base.company(c);
  }
  forEachCompany(fn: (c: number) => void): void {
    this.base.forEachCompany((c) => { if (this.visibleCompany(c)) fn(c); });
  }
  companyKind(c: number) { return this.base.companyKind(c); }
  /** a visible unit's parent is visible too (same root) */
  parentOf(c: number): number { return this.base.parentOf(c); }
  forEachUnit(c: number, fn: (unit: number) => void): void { this.base.forEachUnit(c, fn); }
  unitCount(c: number): number { return this.base.unitCount(c); }
  forEachStaff(c: number, fn: (person: number) => void): void { this.base.forEachStaff(c, fn); }
  staffCount(c: number): number { return this.base.staffCount(c); }
  forEachTeamMember(c: number, fn: (person: number, role: TeamRole | null) => void): void {
    this.base.forEachTeamMember(c, (p, r) => { if (this.visiblePerson(p)) fn(p, r); });
  }
  listCompanies(filter: CompanyFilter, afterId: string | null, limit: number): number[] {
    return this.base.listCompanies(filter, afterId, limit, this.visibleCompany);
  }
  countCompanies(filter: CompanyFilter): number {
    return this.base.countCompanies(filter, this.visibleCompany);
  }

  get interactionCount() { return this.base.interactionCount; }
  interactionIndex(id: string): number {
    const i = this.base.interactionIndex(id);
    return i >= 0 && this.visibleCompany(this.base.interactionAccount(i)) ? i : -1;
  }
  interactionId(i: number): string { return this.base.interactionId(i); }
  interaction(i: number): InteractionRecord { return this.base.interaction(i); }
  interactionKind(i: number) { return this.base.interactionKind(i); }
  interactionAt(i: number): number { return this.base.interactionAt(i); }
  interactionAccount(i: number): number { return this.base.interactionAccount(i); }
  forEachParticipant(i: number, fn: (person: number) => void): void {
    this.base.forEachParticipant(i, (p) => { if (this.visiblePerson(p)) fn(p); });
  }
  /** the count of everyone who took part: a contribution to a visible pair must not depend on who asks */
  participantCount(i: number): number { return this.base.participantCount(i); }
  interactionDirection(i: number) { return this.base.interactionDirection(i); }
  forEachInteractionOf(person: number, fn: (interaction: number) => void): void {
    this.base.forEachInteractionOf(person, (i) => { if (this.visibleCompany(this.base.interactionAccount(i))) fn(i); });
  }
  forEachInteractionAbout(c: number, fn: (interaction: number) => void): void {
    if (this.visibleCompany(c)) this.base.forEachInteractionAbout(c, fn);
  }

  // the catalogue is visible to every identity; a sale is visible when its account is (docs/commercial.md "Access")
  private get sales(): CommercialGraph { return this.base as CommercialGraph; }
  get productCount() { return this.sales.productCount; }
  productIndex(id: string): number { return this.sales.productIndex(id); }
  productId(i: number): string { return this.sales.productId(i); }
  product(i: number): ProductRecord { return this.sales.product(i); }
  findProduct(id: string): ProductRecord | null { return this.sales.findProduct(id); }
  forEachProduct(fn: (product: number) => void): void { this.sales.forEachProduct(fn); }
  listProducts(afterId: string | null, limit: number, match?: (product: number) => boolean): number[] { return this.sales.listProducts(afterId, limit, match); }
  productFamily(i: number): string { return this.sales.productFamily(i); }
  productLaunchMonth(i: number): number { return this.sales.productLaunchMonth(i); }
  productListPrice(i: number): number { return this.sales.productListPrice(i); }
  families(): readonly string[] { return this.sales.families(); }
  get saleCount() { return this.sales.saleCount; }
  forEachSaleOf(c: number, fn: SaleVisitor): void {
    if (this.visibleCompany(c)) this.sales.forEachSaleOf(c, fn);
  }
  saleCountOf(c: number): number {
    return this.visibleCompany(c) ? this.sales.saleCountOf(c) : 0;
  }
  salesOf(c: number): ArrayLike<number> {
    return this.visibleCompany(c) ? this.sales.salesOf(c) : NONE;
  }
  get saleColumns() { return this.sales.saleColumns; }
  forEachSaleOfProduct(product: number, fn: SaleVisitor): void {
    this.sales.forEachSaleOfProduct(product, (x, a, r, st, len, rev, vol, list, m) => { if (this.visibleCompany(a)) fn(x, a, r, st, len, rev, vol, list, m); });
  }
  saleIndex(accountId: string, productId: string, period: string): number {
    return this.companyIndex(accountId) < 0 ? -1 : this.sales.saleIndex(accountId, productId, period);
  }
  sale(i: number): SaleRecord { return this.sales.sale(i); }
  potential(c: number): CompanyPotential { return this.sales.potential(c); }

  /** a signal is visible when the account it is ON is */
  findSignal(id: string): SignalData | null {
    const x = this.base.findSignal(id);
    return x && this.companyIndex(x.accountId) >= 0 ? x : null;
  }
  forEachSignal(fn: (s: SignalData) => void): void {
    this.base.forEachSignal((x) => { if (this.companyIndex(x.accountId) >= 0) fn(x); });
  }

  // account management (docs/plans.md "Access"): a link, plan or activity is visible when its account is
  private get management(): ManagementGraph { return this.base as ManagementGraph; }
  forEachCompetitorAt(account: number, fn: (competitor: number, area: string, estimatedShare: number | null) => void): void {
    if (this.visibleCompany(account)) this.management.forEachCompetitorAt(account, (c, a, x) => { if (this.visibleCompany(c)) fn(c, a, x); });
  }
  forEachCompetingAt(competitor: number, fn: (account: number, area: string, estimatedShare: number | null) => void): void {
    if (this.visibleCompany(competitor)) this.management.forEachCompetingAt(competitor, (c, a, x) => { if (this.visibleCompany(c)) fn(c, a, x); });
  }
  forEachPartnerAt(account: number, fn: (partner: number, area: string) => void): void {
    if (this.visibleCompany(account)) this.management.forEachPartnerAt(account, (c, a) => { if (this.visibleCompany(c)) fn(c, a); });
  }
  forEachPartneringAt(partner: number, fn: (account: number, area: string) => void): void {
    if (this.visibleCompany(partner)) this.management.forEachPartneringAt(partner, (c, a) => { if (this.visibleCompany(c)) fn(c, a); });
  }
  competitorShare(competitor: number, account: number, area: string): number | null | undefined {
    return this.visibleCompany(competitor) && this.visibleCompany(account) ? this.management.competitorShare(competitor, account, area) : undefined;
  }
  hasPartnerLink(partner: number, account: number, area: string): boolean {
    return this.visibleCompany(partner) && this.visibleCompany(account) && this.management.hasPartnerLink(partner, account, area);
  }
  plansOf(account: number): readonly PlanData[] {
    return this.visibleCompany(account) ? this.management.plansOf(account) : [];
  }
  findPlan(planId: string): PlanData | null {
    const p = this.management.findPlan(planId);
    return p && this.companyIndex(p.accountId) >= 0 ? p : null;
  }
  findActivity(id: string): ActivityData | null {
    const a = this.management.findActivity(id);
    return a && this.findPlan(a.planId) ? a : null;
  }
  forEachActivityOf(planId: string, fn: (a: ActivityData) => void): void {
    if (this.findPlan(planId)) this.management.forEachActivityOf(planId, fn);
  }
  forEachActivity(fn: (a: ActivityData) => void): void {
    const seen = new Map<string, boolean>();
    this.management.forEachActivity((a) => {
      let v = seen.get(a.planId);
      if (v === undefined) seen.set(a.planId, (v = this.findPlan(a.planId) !== null));
      if (v) fn(a);
    });
  }

  memo<T>(key: string, compute: () => T): T {
    return this.base.memo(this.key + key, compute);
  }
  /**
   * An account in scope is memoised per scope (the key names the scope's
   * roots), still invalidated by the writes that touch the account: a value
   * computed for one caller is never served to another whose view differs. An
   * account out of scope is computed from this view each time (and comes out
   * empty), so a memo can never carry hidden data across callers.
   */
  memoAccount<T>(accountId: string, key: string, compute: () => T): T {
    return this.companyIndex(accountId) >= 0 ? this.base.memoAccount(accountId, this.key + key, compute) : compute();
  }
  /** as memoAccount: per scope, never for an account out of it */
  memoSales<T>(accountId: string, key: string, compute: () => T): T {
    return this.companyIndex(accountId) >= 0 ? this.sales.memoSales(accountId, this.key + key, compute) : compute();
  }
}

/** The read model seen through a scope (or unchanged when the scope is every account). */
export function scopedSource(source: ReadModelSource, scope: ReadScope): ReadModelSource {
  if (scope === null) return source;
  return { ready: async () => new ScopedGraph(await source.ready(), scope.accounts) };
}
