/**
 * Key-account plans (DESIGN §6 "Account plan"; docs/plans.md): versioned
 * documents — every change a new version, earlier ones readable — with
 * their written sections, the sections computed live from the graph and the
 * sales, their activities, and their health (completeness, freshness,
 * key-people coverage). Reads go through the caller's scope (a plan is
 * visible when its account is), writes through the caller's writer.
 */
import { isoDate, oneOf, optionalText, positiveInt, requireId, requireText } from '../../common/validate.js';
import { monthIndex } from '../../domain/period.js';
import {
  ACTIVITY_STATUSES, emptySections, normaliseSections, planId as planIdOf, sectionsJson, SUPPLIER_ROLES,
  type ActivityData, type ActivityStatus, type PlanBusiness, type PlanLink, type PlanSections, type PlanVersionData, type SupplierRole,
} from '../../domain/plans.js';
import type { CompanyRecord, PersonRecord } from '../../domain/records.js';
import { accountRoots, cutoffDay, isEffective, isOurs, ourPeople, rootIndex, type Thresholds } from '../../domain/terms.js';
import type { Change } from '../../domain/changes.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import { fromDay } from '../../readmodel/days.js';
import { commercialGraph, type ReadGraph, type ReadModelSource } from '../../readmodel/read-graph.js';
import { managementGraph, type ManagementGraph, type PlanData } from '../../readmodel/management-graph.js';
import type { Plan, Writer } from '../../readmodel/writer.js';
import { accountFacts, subtree } from '../commercial/commercial.facts.js';
import { marginPct } from '../commercial/commercial.metrics.js';
import { tally, type Holder, type Tally } from '../coverage/coverage.metrics.js';
import { PartnerService, type Position } from '../partner/partner.service.js';
import { attainment, completeness, freshnessDays, satisfactionIndex, yearElapsed, type Completeness, type Satisfaction } from './plan.metrics.js';

/** One version of a plan as the API shows it. */
export interface PlanView extends PlanVersionData {
  /** the plan's newest version */
  latestVersion: number;
}

/** Sections given in a create or an update: each one given replaces that section; omitted ones keep the previous version's; null empties one. */
export interface PlanPatch {
  business?: Partial<PlanBusiness> | null;
  results?: { year: number; turnover?: number | null; operatingProfit?: number | null }[] | null;
  challenges?: { challenge: string; howWeCanHelp?: string | null }[] | null;
  keyPeople?: { personId: string; note?: string | null }[] | null;
  partners?: { companyId: string; note?: string | null }[] | null;
  competitors?: { companyId: string; note?: string | null }[] | null;
  targets?: { family: string; revenue?: number | null; volume?: number | null }[] | null;
  roleToday?: SupplierRole | null;
  roleNextYear?: SupplierRole | null;
}
export interface CreatePlanInput extends PlanPatch { accountId: string; year: number }
export interface UpdatePlanInput extends PlanPatch { id: string; expectedVersion: number }
export interface ActivityInput { id: string; planId?: string | null; title?: string | null; ownerId?: string | null; dueAt?: string | null; status?: ActivityStatus | null }

/** A link of the plan resolved in the graph today. */
export interface ResolvedPerson { person: PersonRecord; note: string | null; inPlace: boolean }
export interface ResolvedCompany { company: CompanyRecord; note: string | null; positions: Position[] }

export interface YearFigures { year: number; revenue: number; contributionMargin: number | null; marginPct: number | null; growth: number | null; complete: boolean }
export interface TargetView {
  family: string; revenue: number | null; volume: number | null; actualRevenue: number; actualVolume: number;
  revenueAttainment: number | null; volumeAttainment: number | null; yearElapsed: number; onTrack: boolean | null;
}
export type Threading = 'UNCOVERED' | 'SINGLE_THREADED' | 'MULTI_THREADED';
export interface KeyPersonCoverage { person: PersonRecord; holders: Holder[]; threading: Threading }
export interface KeyPeopleCoverage { tally: Tally; people: KeyPersonCoverage[]; notInPlace: PersonRecord[] }
export interface PlanHealth {
  asOf: string;
  completeness: Completeness;
  /** days since the plan's newest version */
  freshnessDays: number;
  staleAfterDays: number;
  stale: boolean;
  keyPeople: KeyPeopleCoverage;
}
export interface PlanHealthRow { company: CompanyRecord; plan: PlanView | null; health: PlanHealth | null }
export interface PlanHealthReport { year: number; asOf: string; staleAfterDays: number; rows: PlanHealthRow[]; withoutPlan: number; stale: number; complete: number }
export interface OverdueGroup { owner: PersonRecord | null; activities: (ActivityData & { daysOverdue: number })[] }

export interface HealthArgs { asOf?: string | null; staleAfterDays?: number | null }

/** docs/plans.md "Freshness": a plan whose newest version is older than this many days is stale. */
export const DEFAULT_STALE_AFTER_DAYS = 90;
/** the largest lists a plan takes, per section */
export const PLAN_LIMITS = { results: 20, challenges: 30, keyPeople: 50, partners: 30, competitors: 30, targets: 50, activities: 200 } as const;

const today = () => new Date().toISOString().slice(0, 10);
const DAY = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
const view = (p: PlanData, v: PlanVersionData): PlanView => ({ ...v, latestVersion: p.versions[p.versions.length - 1].version });
const finite = (field: string, v: unknown): number | null => {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw badInput(field, `${field} must be a number, got ${v}`);
  return v;
};
const nonNegative = (field: string, v: unknown): number | null => {
  const x = finite(field, v);
  if (x !== null && x < 0) throw badInput(field, `${field} must be 0 or more, got ${x}`);
  return x;
};
const list = <T>(field: string, xs: readonly T[] | null | undefined, max: number): readonly T[] => {
  if (xs === null || xs === undefined) return [];
  if (!Array.isArray(xs)) throw badInput(field, `${field} must be a list`);
  if (xs.length > max) throw badInput(field, `${field} has ${xs.length} entries; at most ${max}`);
  return xs;
};

export class PlanService {
  constructor(
    private readonly source: ReadModelSource,
    private readonly writer: Writer | null,
    /** the coverage service's thresholds (defaults) and its graph in force at a date (DESIGN §3/§4) */
    private readonly coverage: { thresholds(args: { asOf?: string | null }): Thresholds; graphAt(t: Thresholds): Promise<ReadGraph> },
    /** who writes (a version's `updatedBy`): the caller's subject */
    private readonly actor: string | null = null,
  ) {}

  private async graph(): Promise<ManagementGraph> {
    return managementGraph(await this.source.ready());
  }
  private write<T>(plan: (g: ReadGraph) => Plan<T>): Promise<T> {
    if (!this.writer) throw new Error('read-only plan service');
    return this.writer.commit(plan);
  }

  // ---------------------------------------------------------------- validation

  /** A key account: an existing root customer company marked as a key account. */
  private static keyAccount(g: ReadGraph, id: string, field: string): number {
    const c = g.companyIndex(requireId(field, id));
    if (c < 0) throw notFound(field, 'account', id);
    if (g.companyKind(c) !== 'CUSTOMER' || g.parentOf(c) >= 0) throw badInput(field, `"${id}" is not a customer group; a key-account plan is for a key account (a customer without a parent unit)`);
    if (g.company(c).isKeyAccount !== true) throw badInput(field, `"${id}" is not a key account; mark it isKeyAccount first`);
    return c;
  }

  private static year(field: string, y: unknown, now = today()): number {
    const current = Number(now.slice(0, 4));
    if (typeof y !== 'number' || !Number.isInteger(y) || y < current - 10 || y > current + 5) {
      throw badInput(field, `${field} must be a whole year from ${current - 10} to ${current + 5}, got ${y}`);
    }
    return y;
  }

  /** The sections of the next version: the previous ones with the given sections replaced, each validated against the graph. */
  static applyPatch(g: ManagementGraph, account: number, base: PlanSections, p: PlanPatch, at = 'input'): PlanSections {
    const next = normaliseSections(base);
    const accountId = g.companyId(account);
    if (p.business !== undefined) {
      const b = p.business ?? {};
      const text = (k: keyof PlanBusiness) => optionalText(`${at}.business.${k}`, b[k] ?? null);
      next.business = { market: text('market'), customers: text('customers'), geography: text('geography'), offerings: text('offerings'), strategy: text('strategy') };
    }
    if (p.results !== undefined) {
      const seen = new Set<number>();
      next.results = list(`${at}.results`, p.results, PLAN_LIMITS.results).map((r, i) => {
        const f = `${at}.results[${i}]`;
        const year = r?.year;
        if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2999) throw badInput(`${f}.year`, `${f}.year must be a year, got ${year}`);
        if (seen.has(year)) throw badInput(`${f}.year`, `${f}.year ${year} is given twice`);
        seen.add(year);
        return { year, turnover: nonNegative(`${f}.turnover`, r.turnover), operatingProfit: finite(`${f}.operatingProfit`, r.operatingProfit) };
      }).sort((a, b) => a.year - b.year);
    }
    if (p.challenges !== undefined) {
      next.challenges = list(`${at}.challenges`, p.challenges, PLAN_LIMITS.challenges).map((c, i) => ({
        challenge: requireText(`${at}.challenges[${i}].challenge`, c?.challenge), howWeCanHelp: optionalText(`${at}.challenges[${i}].howWeCanHelp`, c?.howWeCanHelp ?? null),
      }));
    }
    if (p.keyPeople !== undefined) {
      next.keyPeople = links(`${at}.keyPeople`, (p.keyPeople ?? []).map((x) => ({ id: x?.personId, note: x?.note })), PLAN_LIMITS.keyPeople, 'personId', (id, f) => {
        const i = g.personIndex(id);
        if (i < 0) throw notFound(f, 'person', id);
        const e = g.employerOf(i);
        if (e < 0 || rootIndex(g, e) !== account || !g.isActive(i)) throw badInput(f, `"${id}" is not an active contact of ${accountId}; key people are the account's contacts`);
      });
    }
    const company = (kind: 'PARTNER' | 'COMPETITOR') => (id: string, f: string) => {
      const c = g.companyIndex(id);
      if (c < 0) throw notFound(f, 'company', id);
      if (g.companyKind(c) !== kind) throw badInput(f, `"${id}" is a ${g.companyKind(c)} company, not a ${kind}`);
      let linked = false;
      const at = (a: number) => { if (rootIndex(g, a) === account) linked = true; };
      if (kind === 'PARTNER') g.forEachPartneringAt(c, (a) => at(a));
      else g.forEachCompetingAt(c, (a) => at(a));
      if (!linked) throw badInput(f, `"${id}" is not recorded ${kind === 'PARTNER' ? 'as a partner (setPartner)' : 'as a competitor (setCompetitor)'} at ${accountId} or its units`);
    };
    if (p.partners !== undefined) next.partners = links(`${at}.partners`, (p.partners ?? []).map((x) => ({ id: x?.companyId, note: x?.note })), PLAN_LIMITS.partners, 'companyId', company('PARTNER'));
    if (p.competitors !== undefined) next.competitors = links(`${at}.competitors`, (p.competitors ?? []).map((x) => ({ id: x?.companyId, note: x?.note })), PLAN_LIMITS.competitors, 'companyId', company('COMPETITOR'));
    if (p.targets !== undefined) {
      const families = new Set(commercialGraph(g).families());
      const seen = new Set<string>();
      next.targets = list(`${at}.targets`, p.targets, PLAN_LIMITS.targets).map((t, i) => {
        const f = `${at}.targets[${i}]`;
        const family = requireText(`${f}.family`, t?.family);
        if (!families.has(family)) throw badInput(`${f}.family`, `"${family}" is not a product family of the catalogue`);
        if (seen.has(family)) throw badInput(`${f}.family`, `${f}.family "${family}" is given twice`);
        seen.add(family);
        const revenue = nonNegative(`${f}.revenue`, t.revenue);
        const volume = nonNegative(`${f}.volume`, t.volume);
        if (revenue === null && volume === null) throw badInput(`${f}.revenue`, `${f} needs a revenue or a volume target`);
        return { family, revenue, volume };
      });
    }
    if (p.roleToday !== undefined) next.roleToday = oneOf(`${at}.roleToday`, p.roleToday, SUPPLIER_ROLES);
    if (p.roleNextYear !== undefined) next.roleNextYear = oneOf(`${at}.roleNextYear`, p.roleNextYear, SUPPLIER_ROLES);
    return next;
  }

  // ---------------------------------------------------------------- writes

  /** Creates the plan of a key account for a year: its version 1. A plan for that account and year exists already: CONFLICT. */
  async create(input: CreatePlanInput): Promise<PlanView> {
    return this.write((g0) => {
      const g = managementGraph(g0);
      const account = PlanService.keyAccount(g, input.accountId, 'input.accountId');
      const year = PlanService.year('input.year', input.year);
      const id = planIdOf(g.companyId(account), year);
      const existing = g.findPlan(id);
      if (existing) {
        const v = existing.versions[existing.versions.length - 1].version;
        throw new DomainError('CONFLICT', `the plan of ${g.companyId(account)} for ${year} exists (id "${id}", version ${v}); update it with expectedVersion ${v}`, 'input.year');
      }
      const version: PlanVersionData = {
        planId: id, accountId: g.companyId(account), year, version: 1, updatedAt: new Date().toISOString(), updatedBy: this.actor,
        sections: PlanService.applyPatch(g, account, emptySections(), input),
      };
      return { changes: [{ kind: 'plan.versioned', version }], result: { ...version, latestVersion: 1 } };
    });
  }

  /**
   * Writes the next version of a plan from the sections given (omitted ones
   * are carried over). `expectedVersion` is the version the caller based its
   * change on: anything else than the newest version is refused with
   * CONFLICT (another change landed first: reload and apply it again), so no
   * update is ever lost. The writer serialises commits, so of two updates
   * from the same version exactly one lands. An update that changes nothing
   * writes nothing and answers the newest version.
   */
  async update(input: UpdatePlanInput): Promise<PlanView> {
    const id = requireId('input.id', input.id);
    if (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 1) throw badInput('input.expectedVersion', `input.expectedVersion must be a version (1 or more), got ${input.expectedVersion}`);
    return this.write((g0) => {
      const g = managementGraph(g0);
      const p = g.findPlan(id);
      if (!p) throw notFound('input.id', 'plan', id);
      const latest = p.versions[p.versions.length - 1];
      if (latest.version !== input.expectedVersion) {
        throw new DomainError('CONFLICT', `plan "${id}" is at version ${latest.version}, and your change was based on version ${input.expectedVersion}: reload it and apply your change again`, 'input.expectedVersion');
      }
      const account = g.companyIndex(p.accountId);
      const sections = PlanService.applyPatch(g, account, latest.sections, input);
      if (sectionsJson(sections) === sectionsJson(latest.sections)) return { changes: [], result: view(p, latest) };
      const version: PlanVersionData = { ...latest, version: latest.version + 1, updatedAt: new Date().toISOString(), updatedBy: this.actor, sections };
      return { changes: [{ kind: 'plan.versioned', version }], result: { ...version, latestVersion: version.version } };
    });
  }

  /** Removes a plan with every version and its activities; returns its id. */
  async remove(id: string): Promise<string> {
    requireId('id', id);
    return this.write((g0) => {
      const g = managementGraph(g0);
      const p = g.findPlan(id);
      if (!p) throw notFound('id', 'plan', id);
      const changes: Change[] = [];
      g.forEachActivityOf(id, (a) => changes.push({ kind: 'activity.removed', id: a.id }));
      changes.push({ kind: 'plan.removed', planId: id, accountId: p.accountId, versions: p.versions.length });
      return { changes, result: id };
    });
  }

  /**
   * Creates an activity of a plan or changes the fields given (omitted keep
   * their value). A new one needs the plan, a title, an owner (one of our
   * active people) and a due date; its status defaults to OPEN. An activity
   * stays in the plan it was added to.
   */
  async upsertActivity(input: ActivityInput): Promise<ActivityData> {
    const id = requireId('input.id', input.id);
    return this.write((g0) => {
      const g = managementGraph(g0);
      const before = g.findActivity(id);
      if (!before && input.planId == null) throw badInput('input.planId', 'input.planId is required when creating an activity');
      const planId = before ? before.planId : requireId('input.planId', input.planId);
      if (before && input.planId != null && input.planId !== before.planId) throw badInput('input.planId', `activity "${id}" belongs to plan "${before.planId}"; an activity does not move between plans`);
      const p = g.findPlan(planId);
      if (!p) throw notFound('input.planId', 'plan', planId);
      if (!before) {
        let n = 0;
        g.forEachActivityOf(planId, () => n++);
        if (n >= PLAN_LIMITS.activities) throw badInput('input.planId', `plan "${planId}" has ${n} activities; at most ${PLAN_LIMITS.activities}`);
      }
      const title = input.title !== undefined ? requireText('input.title', input.title) : before?.title ?? requireText('input.title', null);
      const dueAt = input.dueAt !== undefined ? isoDate('input.dueAt', input.dueAt) : before?.dueAt ?? null;
      if (dueAt === null) throw badInput('input.dueAt', 'input.dueAt is required');
      const status = (input.status !== undefined && input.status !== null ? oneOf('input.status', input.status, ACTIVITY_STATUSES) : before?.status ?? 'OPEN') as ActivityStatus;
      const ownerId = input.ownerId !== undefined ? input.ownerId : before?.ownerId ?? null;
      if (ownerId === null) throw badInput('input.ownerId', 'input.ownerId is required: an activity has an owner, one of our people');
      const o = g.personIndex(requireId('input.ownerId', ownerId));
      if (o < 0) throw notFound('input.ownerId', 'person', ownerId);
      if (!isOurs(g, o) || !g.isActive(o)) throw badInput('input.ownerId', `"${ownerId}" is not one of our active people; an activity is owned by one of ours`);
      const next: ActivityData = { id, planId, addedIn: before?.addedIn ?? p.versions[p.versions.length - 1].version, title, dueAt, status, ownerId };
      if (before && JSON.stringify(before) === JSON.stringify(next)) return { changes: [], result: next };
      return { changes: [{ kind: 'activity.upserted', activity: next, created: !before }], result: next };
    });
  }

  async removeActivity(id: string): Promise<string> {
    requireId('id', id);
    return this.write((g0) => {
      const g = managementGraph(g0);
      if (!g.findActivity(id)) throw notFound('id', 'activity', id);
      return { changes: [{ kind: 'activity.removed', id }], result: id };
    });
  }

  // ---------------------------------------------------------------- reads

  /** A plan by id, at a version (default its newest); null when there is none (or its account is not visible). */
  async find(id: string, version?: number | null): Promise<PlanView | null> {
    if (version !== null && version !== undefined && (!Number.isInteger(version) || version < 1)) throw badInput('version', `version must be 1 or more, got ${version}`);
    const p = (await this.graph()).findPlan(id);
    if (!p) return null;
    const v = version == null ? p.versions[p.versions.length - 1] : p.versions.find((x) => x.version === version);
    return v ? view(p, v) : null;
  }

  /** The plan of a company for a year (default this year), at a version (default its newest). */
  async ofAccount(companyId: string, year?: number | null, version?: number | null): Promise<PlanView | null> {
    return this.find(planIdOf(companyId, year ?? Number(today().slice(0, 4))), version);
  }

  /** Every plan of a company (its newest versions), by year. */
  async plansOf(companyId: string): Promise<PlanView[]> {
    const g = await this.graph();
    const c = g.companyIndex(companyId);
    return c < 0 ? [] : g.plansOf(c).map((p) => view(p, p.versions[p.versions.length - 1]));
  }

  /** Every version of a plan, newest first. */
  async history(id: string): Promise<PlanView[]> {
    const p = (await this.graph()).findPlan(id);
    return p ? [...p.versions].reverse().map((v) => view(p, v)) : [];
  }

  async activity(id: string): Promise<ActivityData | null> {
    return (await this.graph()).findActivity(id);
  }

  /** A plan's activities, by due date, then id. */
  async activitiesOf(planId: string): Promise<ActivityData[]> {
    const out: ActivityData[] = [];
    (await this.graph()).forEachActivityOf(planId, (a) => out.push(a));
    return out.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.id < b.id ? -1 : 1));
  }

  /** The key people of a version, resolved today: people the caller cannot see (or removed) are left out. */
  async keyPeople(v: PlanVersionData): Promise<ResolvedPerson[]> {
    const g = await this.graph();
    const account = g.companyIndex(v.accountId);
    const out: ResolvedPerson[] = [];
    for (const l of v.sections.keyPeople) {
      const i = g.personIndex(l.id);
      if (i < 0) continue;
      const e = g.employerOf(i);
      out.push({ person: g.person(i), note: l.note, inPlace: account >= 0 && e >= 0 && g.isActive(i) && rootIndex(g, e) === account });
    }
    return out;
  }

  /** The partners (or competitors) of a version with their positions at the account today. */
  async companies(v: PlanVersionData, which: 'partners' | 'competitors'): Promise<ResolvedCompany[]> {
    const g = await this.graph();
    const account = g.companyIndex(v.accountId);
    const positions = account < 0 ? [] : which === 'partners' ? PartnerService.partnersIn(g, account) : PartnerService.competitorsIn(g, account);
    const out: ResolvedCompany[] = [];
    for (const l of v.sections[which]) {
      const c = g.companyIndex(l.id);
      if (c < 0) continue;
      out.push({ company: g.company(c), note: l.note, positions: positions.filter((x) => x.companyId === l.id) });
    }
    return out;
  }

  /** docs/plans.md "Sales over time": the plan's year and the three before it, each with revenue, margin and growth. */
  async salesHistory(v: PlanVersionData, now = today()): Promise<YearFigures[]> {
    const g = await this.graph();
    const c = g.companyIndex(v.accountId);
    if (c < 0) return [];
    const current = Number(now.slice(0, 4));
    const figures = (y: number) => accountFacts(g, c, { from: monthIndex(y, 1), to: monthIndex(y + 1, 1), label: String(y) });
    const out: YearFigures[] = [];
    // the current year runs to date: its growth compares with the same months of the year before
    const month = Number(now.slice(5, 7));
    for (let y = v.year - 3; y <= v.year; y++) {
      const f = figures(y);
      const before = y === current
        ? accountFacts(g, c, { from: monthIndex(y - 1, 1), to: monthIndex(y - 1, month + 1), label: `${y - 1}-01..${y - 1}-${String(month).padStart(2, '0')}` }).revenue
        : figures(y - 1).revenue;
      out.push({ year: y, revenue: f.revenue, contributionMargin: f.margin, marginPct: marginPct(f.margin, f.marginBasis), growth: y <= current && before > 0 ? f.revenue / before - 1 : null, complete: y < current });
    }
    return out;
  }

  /** docs/plans.md "Satisfaction index": the account's signals of the plan's year (a past year) or of the 365 days up to today. */
  async satisfaction(v: PlanVersionData, now = today()): Promise<Satisfaction & { from: string; to: string }> {
    const g = await this.graph();
    const c = g.companyIndex(v.accountId);
    const past = v.year < Number(now.slice(0, 4));
    const from = past ? `${v.year}-01-01` : new Date(Date.parse(`${now}T00:00:00Z`) - 364 * DAY).toISOString().slice(0, 10);
    const to = past ? `${v.year}-12-31` : now;
    const units = new Set(c < 0 ? [] : subtree(g, c).map((u) => g.companyId(u)));
    const signals: { kind: string; severity: number }[] = [];
    g.forEachSignal((s) => {
      const day = s.at.slice(0, 10);
      if (units.has(s.accountId) && day >= from && day <= to) signals.push(s);
    });
    return { ...satisfactionIndex(signals), from, to };
  }

  /** docs/plans.md "Targets": each target of the version with what the account (and its units) bought of that family in the plan's year. */
  async targets(v: PlanVersionData, now = today()): Promise<TargetView[]> {
    const g = commercialGraph(await this.graph());
    const c = g.companyIndex(v.accountId);
    const byFamily = new Map<string, { revenue: number; volume: number }>();
    if (c >= 0) {
      const f = accountFacts(g, c, { from: monthIndex(v.year, 1), to: monthIndex(v.year + 1, 1), label: String(v.year) });
      for (const [r, x] of f.byProduct) {
        const fam = g.productFamily(r);
        const s = byFamily.get(fam) ?? { revenue: 0, volume: 0 };
        s.revenue += x.revenue;
        s.volume += x.volume;
        byFamily.set(fam, s);
      }
    }
    const elapsed = yearElapsed(v.year, now);
    return v.sections.targets.map((t) => {
      const a = byFamily.get(t.family) ?? { revenue: 0, volume: 0 };
      const revenueAttainment = attainment(a.revenue, t.revenue);
      const volumeAttainment = attainment(a.volume, t.volume);
      const measure = revenueAttainment ?? volumeAttainment;
      return { ...t, actualRevenue: a.revenue, actualVolume: a.volume, revenueAttainment, volumeAttainment, yearElapsed: elapsed, onTrack: measure === null ? null : measure >= elapsed };
    });
  }

  /** docs/plans.md "Health" of one version: completeness of its sections, the plan's freshness, its key people's coverage. */
  async health(v: PlanVersionData, args: HealthArgs = {}): Promise<PlanHealth> {
    const { t, staleAfterDays } = this.healthArgs(args);
    const g = await this.graph();
    const p = await this.coverage.graphAt(t);
    return this.healthIn(g, p, v, t, staleAfterDays);
  }

  private healthArgs(args: HealthArgs) {
    const t = this.coverage.thresholds({ asOf: args.asOf ?? null });
    const staleAfterDays = args.staleAfterDays == null ? DEFAULT_STALE_AFTER_DAYS : positiveInt('staleAfterDays', args.staleAfterDays, 3650);
    return { t, staleAfterDays };
  }

  /** Health, memoised per account (a write to the account, its plan, or our people recomputes it). */
  private healthIn(g: ManagementGraph, p: ReadGraph, v: PlanVersionData, t: Thresholds, staleAfterDays: number): PlanHealth {
    // the key people as they stand (a person without an employer belongs to no account, so no account's stamp follows them)
    const where = v.sections.keyPeople.map((l) => {
      const i = g.personIndex(l.id);
      return i < 0 ? '-' : `${g.employerOf(i)}${g.isActive(i) ? '' : '!'}`;
    }).join(',');
    return g.memoAccount(v.accountId, `plan:health:${v.planId}@${v.version}:${t.asOf}:${t.minStrength}:${t.maxAgeDays}:${staleAfterDays}:${where}`, () => {
      const plan = g.findPlan(v.planId)!;
      const latest = plan.versions[plan.versions.length - 1];
      const account = g.companyIndex(v.accountId);
      // key people: the plan's who are active contacts of the account today, with their coverage (DESIGN §3, values in force)
      const ours = ourPeople(p);
      const cutoff = cutoffDay(t);
      const inPlace: { id: string }[] = [];
      const notInPlace: PersonRecord[] = [];
      const people: KeyPersonCoverage[] = [];
      const cov = new Map<string, Holder[]>();
      for (const l of v.sections.keyPeople) {
        const i = g.personIndex(l.id);
        if (i < 0) continue;
        const e = g.employerOf(i);
        if (account < 0 || e < 0 || !g.isActive(i) || rootIndex(g, e) !== account) { notInPlace.push(g.person(i)); continue; }
        const holders: Holder[] = [];
        p.forEachKnowsIn(i, (h, strength, last) => {
          if (ours.hasIndex(h) && isEffective(strength, last, t, cutoff)) holders.push({ person: ours.get(p.personId(h))!, strength, lastContactAt: fromDay(last) });
        });
        holders.sort((a, b) => b.strength - a.strength || a.person.id.localeCompare(b.person.id));
        cov.set(l.id, holders);
        inPlace.push({ id: l.id });
        people.push({ person: g.person(i), holders, threading: holders.length === 0 ? 'UNCOVERED' : holders.length === 1 ? 'SINGLE_THREADED' : 'MULTI_THREADED' });
      }
      let live = 0;
      g.forEachActivityOf(v.planId, (a) => { if (a.status !== 'CANCELLED') live++; });
      const links = [...v.sections.partners, ...v.sections.competitors].filter((l: PlanLink) => g.companyIndex(l.id) >= 0).length;
      const freshness = freshnessDays(latest.updatedAt, t.asOf);
      return {
        asOf: t.asOf,
        completeness: completeness({ sections: v.sections, keyPeopleInPlace: inPlace.length, linksInPlace: links, liveActivities: live }),
        freshnessDays: freshness,
        staleAfterDays,
        stale: freshness > staleAfterDays,
        keyPeople: { tally: tally(inPlace, cov), people, notInPlace },
      };
    });
  }

  /**
   * docs/plans.md "Plan health": every key account the caller can see, with
   * its plan for the year (default: asOf's year) and that plan's health —
   * key accounts without a plan first (by id), then the least complete,
   * then the oldest, then by id. Memoised per read-model version.
   */
  async planHealth(args: HealthArgs & { year?: number | null }): Promise<PlanHealthReport> {
    const { t, staleAfterDays } = this.healthArgs(args);
    const year = args.year == null ? Number(t.asOf.slice(0, 4)) : PlanService.year('year', args.year, t.asOf);
    const g = await this.graph();
    const p = await this.coverage.graphAt(t);
    return g.memo(`plan:healthReport:${year}:${t.asOf}:${t.minStrength}:${t.maxAgeDays}:${staleAfterDays}`, () => {
      const rows: PlanHealthRow[] = accountRoots(g, true).map((company) => {
        const plan = g.findPlan(planIdOf(company.id, year));
        if (!plan) return { company, plan: null, health: null };
        const v = plan.versions[plan.versions.length - 1];
        return { company, plan: view(plan, v), health: this.healthIn(g, p, v, t, staleAfterDays) };
      });
      rows.sort((a, b) => {
        if ((a.health === null) !== (b.health === null)) return a.health === null ? -1 : 1;
        if (a.health && b.health) {
          const d = a.health.completeness.ratio - b.health.completeness.ratio || b.health.freshnessDays - a.health.freshnessDays;
          if (d !== 0) return d;
        }
        return a.company.id < b.company.id ? -1 : 1;
      });
      return {
        year, asOf: t.asOf, staleAfterDays, rows,
        withoutPlan: rows.filter((r) => r.health === null).length,
        stale: rows.filter((r) => r.health?.stale).length,
        complete: rows.filter((r) => r.health?.completeness.ratio === 1).length,
      };
    });
  }

  /**
   * DESIGN §6 "Overdue activities are listed per owner": OPEN activities due
   * before asOf (default today), of plans the caller can see; per owner (by
   * id; activities whose owner was removed last), oldest due first.
   * `ownerId` narrows to one owner (NOT_FOUND when there is no such person).
   */
  async overdue(args: { ownerId?: string | null; asOf?: string | null }): Promise<OverdueGroup[]> {
    const asOf = isoDate('asOf', args.asOf ?? null) ?? today();
    const g = await this.graph();
    if (args.ownerId != null && g.personIndex(args.ownerId) < 0) throw notFound('ownerId', 'person', args.ownerId);
    const groups = new Map<string | null, OverdueGroup['activities']>();
    g.forEachActivity((a) => {
      if (a.status !== 'OPEN' || a.dueAt >= asOf) return;
      if (args.ownerId != null && a.ownerId !== args.ownerId) return;
      const xs = groups.get(a.ownerId) ?? [];
      xs.push({ ...a, daysOverdue: daysBetween(a.dueAt, asOf) });
      groups.set(a.ownerId, xs);
    });
    return [...groups]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
      .map(([owner, activities]) => {
        const i = owner === null ? -1 : g.personIndex(owner);
        return { owner: i < 0 ? null : g.person(i), activities: activities.sort((x, y) => (x.dueAt < y.dueAt ? -1 : x.dueAt > y.dueAt ? 1 : x.id < y.id ? -1 : 1)) };
      });
  }
}

/** A list of links (people or companies), each an id (validated by `check`) once, with a note. */
function links(field: string, xs: { id: unknown; note: unknown }[], max: number, idField: string, check: (id: string, field: string) => void): PlanLink[] {
  list(field, xs, max);
  const seen = new Set<string>();
  return xs.map((x, i) => {
    const f = `${field}[${i}].${idField}`;
    const id = requireId(f, x.id as string);
    if (seen.has(id)) throw badInput(f, `${f} "${id}" is given twice`);
    seen.add(id);
    check(id, f);
    return { id, note: optionalText(`${field}[${i}].note`, (x.note ?? null) as string | null) };
  });
}
