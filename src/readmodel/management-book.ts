import type { ActivityData, CompetitorLinkData, PartnerLinkData, PlanVersionData } from '../domain/plans.js';

/** A plan with every version written so far, oldest first. */
export interface PlanData {
  planId: string;
  accountId: string;
  year: number;
  versions: readonly PlanVersionData[];
}

/** The book as posted to a worker replica (plain data). */
export interface ManagementState {
  competitors: CompetitorLinkData[];
  partners: PartnerLinkData[];
  plans: PlanVersionData[];
  activities: ActivityData[];
}

const linkKey = (companyId: string, accountId: string, area: string) => `${companyId}\u0000${accountId}\u0000${area}`;
const byId = <T>(xs: T[], key: (x: T) => string) => xs.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** A many-valued index: key → set of item keys. */
class Index {
  private readonly m = new Map<string, Set<string>>();
  add(key: string, item: string) {
    let s = this.m.get(key);
    if (!s) this.m.set(key, (s = new Set()));
    s.add(item);
  }
  delete(key: string, item: string) {
    const s = this.m.get(key);
    if (!s) return;
    s.delete(item);
    if (s.size === 0) this.m.delete(key);
  }
  get(key: string): ReadonlySet<string> {
    return this.m.get(key) ?? EMPTY;
  }
  clear() {
    this.m.clear();
  }
}
const EMPTY: ReadonlySet<string> = new Set();

/**
 * Account management in the read model (docs/plans.md "Store and read
 * model"): competitors and partners at accounts, plans with their versions,
 * activities. Few (a handful per account), so Maps by id with indexes by
 * account, company, plan and owner — never a scan of all of them to answer
 * for one account. Keyed by ids, as the store holds them; `ReadModel.apply`
 * mirrors each change's Cypher here.
 */
export class ManagementBook {
  private readonly competitors = new Map<string, CompetitorLinkData>();
  private readonly competitorsAt = new Index(); // account → links
  private readonly competitorsOf = new Index(); // competitor → links
  private readonly partners = new Map<string, PartnerLinkData>();
  private readonly partnersAt = new Index();
  private readonly partnersOf = new Index();
  private readonly plans = new Map<string, { planId: string; accountId: string; year: number; versions: PlanVersionData[] }>();
  private readonly plansOf = new Index(); // account → plan ids
  private readonly activities = new Map<string, ActivityData>();
  private readonly activitiesOf = new Index(); // plan → activity ids

  get planCount(): number {
    return this.plans.size;
  }

  // --- competitors and partners ----------------------------------------------------------------

  putCompetitor(x: CompetitorLinkData): void {
    const k = linkKey(x.companyId, x.accountId, x.area);
    this.competitors.set(k, { ...x });
    this.competitorsAt.add(x.accountId, k);
    this.competitorsOf.add(x.companyId, k);
  }
  removeCompetitor(companyId: string, accountId: string, area: string): void {
    const k = linkKey(companyId, accountId, area);
    if (!this.competitors.delete(k)) return;
    this.competitorsAt.delete(accountId, k);
    this.competitorsOf.delete(companyId, k);
  }
  competitor(companyId: string, accountId: string, area: string): CompetitorLinkData | null {
    return this.competitors.get(linkKey(companyId, accountId, area)) ?? null;
  }
  /** the links at an account (`at`) or of a competitor (`of`) */
  forEachCompetitor(side: 'at' | 'of', id: string, fn: (x: CompetitorLinkData) => void): void {
    for (const k of (side === 'at' ? this.competitorsAt : this.competitorsOf).get(id)) fn(this.competitors.get(k)!);
  }

  putPartner(x: PartnerLinkData): void {
    const k = linkKey(x.companyId, x.accountId, x.area);
    this.partners.set(k, { ...x });
    this.partnersAt.add(x.accountId, k);
    this.partnersOf.add(x.companyId, k);
  }
  removePartner(companyId: string, accountId: string, area: string): void {
    const k = linkKey(companyId, accountId, area);
    if (!this.partners.delete(k)) return;
    this.partnersAt.delete(accountId, k);
    this.partnersOf.delete(companyId, k);
  }
  partner(companyId: string, accountId: string, area: string): PartnerLinkData | null {
    return this.partners.get(linkKey(companyId, accountId, area)) ?? null;
  }
  forEachPartner(side: 'at' | 'of', id: string, fn: (x: PartnerLinkData) => void): void {
    for (const k of (side === 'at' ? this.partnersAt : this.partnersOf).get(id)) fn(this.partners.get(k)!);
  }

  // --- plans and activities --------------------------------------------------------------------

  /** Adds a version (replacing one of the same number: a replayed change leaves the same book). */
  putVersion(v: PlanVersionData): void {
    let p = this.plans.get(v.planId);
    if (!p) {
      p = { planId: v.planId, accountId: v.accountId, year: v.year, versions: [] };
      this.plans.set(v.planId, p);
      this.plansOf.add(v.accountId, v.planId);
    }
    const copy = { ...v, sections: structuredClone(v.sections) };
    const at = p.versions.findIndex((x) => x.version >= v.version);
    if (at < 0) p.versions.push(copy);
    else if (p.versions[at].version === v.version) p.versions[at] = copy;
    else p.versions.splice(at, 0, copy);
  }
  /** Removes a plan with every version and its activities. */
  removePlan(planId: string): void {
    const p = this.plans.get(planId);
    if (!p) return;
    for (const a of [...this.activitiesOf.get(planId)]) this.removeActivity(a);
    this.plans.delete(planId);
    this.plansOf.delete(p.accountId, planId);
  }
  plan(planId: string): PlanData | null {
    return this.plans.get(planId) ?? null;
  }
  /** the plans of an account, by year */
  plansAt(accountId: string): PlanData[] {
    return [...this.plansOf.get(accountId)].map((id) => this.plans.get(id)!).sort((a, b) => a.year - b.year);
  }
  forEachPlan(fn: (p: PlanData) => void): void {
    for (const p of this.plans.values()) fn(p);
  }

  putActivity(a: ActivityData): void {
    const before = this.activities.get(a.id);
    if (before && before.planId !== a.planId) this.activitiesOf.delete(before.planId, a.id);
    this.activities.set(a.id, { ...a });
    this.activitiesOf.add(a.planId, a.id);
  }
  removeActivity(id: string): void {
    const a = this.activities.get(id);
    if (!a) return;
    this.activities.delete(id);
    this.activitiesOf.delete(a.planId, id);
  }
  activity(id: string): ActivityData | null {
    return this.activities.get(id) ?? null;
  }
  forEachActivityOf(planId: string, fn: (a: ActivityData) => void): void {
    for (const id of this.activitiesOf.get(planId)) fn(this.activities.get(id)!);
  }
  forEachActivity(fn: (a: ActivityData) => void): void {
    for (const a of this.activities.values()) fn(a);
  }

  // --- what removals elsewhere do to the book (as DETACH DELETE does in the store) --------------

  /** a company was removed: its links go; its plans (and their activities) are no longer projected */
  removeCompany(id: string): void {
    for (const side of ['at', 'of'] as const) {
      const cs: CompetitorLinkData[] = [];
      this.forEachCompetitor(side, id, (x) => cs.push(x));
      for (const x of cs) this.removeCompetitor(x.companyId, x.accountId, x.area);
      const ps: PartnerLinkData[] = [];
      this.forEachPartner(side, id, (x) => ps.push(x));
      for (const x of ps) this.removePartner(x.companyId, x.accountId, x.area);
    }
    for (const p of [...this.plansOf.get(id)]) this.removePlan(p);
  }
  /** a person was removed: the activities they owned have no owner */
  forgetOwner(personId: string): void {
    for (const a of this.activities.values()) if (a.ownerId === personId) a.ownerId = null;
  }
  clear(): void {
    this.competitors.clear(); this.competitorsAt.clear(); this.competitorsOf.clear();
    this.partners.clear(); this.partnersAt.clear(); this.partnersOf.clear();
    this.plans.clear(); this.plansOf.clear();
    this.activities.clear(); this.activitiesOf.clear();
  }

  /** Everything, by key (exports, replicas, diffs). */
  export(): ManagementState {
    const plans: PlanVersionData[] = [];
    for (const p of this.plans.values()) plans.push(...p.versions.map((v) => ({ ...v, sections: structuredClone(v.sections) })));
    return {
      competitors: byId([...this.competitors.values()].map((x) => ({ ...x })), (x) => linkKey(x.companyId, x.accountId, x.area)),
      partners: byId([...this.partners.values()].map((x) => ({ ...x })), (x) => linkKey(x.companyId, x.accountId, x.area)),
      plans: plans.sort((a, b) => (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : a.version - b.version)),
      activities: byId([...this.activities.values()].map((x) => ({ ...x })), (x) => x.id),
    };
  }
  static from(s: ManagementState | undefined): ManagementBook {
    const b = new ManagementBook();
    for (const x of s?.competitors ?? []) b.putCompetitor(x);
    for (const x of s?.partners ?? []) b.putPartner(x);
    for (const x of s?.plans ?? []) b.putVersion(x);
    for (const x of s?.activities ?? []) b.putActivity(x);
    return b;
  }
}
