import type { AnalyticsDefaults } from '../../config.js';
import { isoDate, positiveInt, unitInterval } from '../../common/validate.js';
import type { CompanyRecord, PersonRecord } from '../../domain/records.js';
import { badInput, notFound } from '../../errors.js';
import { accountGraph, accountMembers, accountRoots, accountsHeldBy, cutoffDay, holdingsInto, isEffective, ourPeople, rootIndex, rootOf } from '../../domain/terms.js';
import { accountWeights } from '../commercial/commercial.facts.js';
import type { ReadGraph } from '../../readmodel/read-graph.js';
import type { ReadModelSource } from '../../readmodel/read-graph.js';
import { fromDay } from '../../readmodel/days.js';
import { inForce } from '../../domain/in-force.js';
import { periodEnds, type Every } from '../../domain/periods.js';
import { influenceScores } from '../influence/influence.metrics.js';
import {
  accountRisks, ageDays, busFactor, coverageMap, crossFunctional, decisionMakerCoverage, influenceWeightedCoverage, isDecisionMaker, sortRisks, soleHolder, tally,
  type AccountGraph, type AccountRisk, type BusFactor, type Contact, type Holder, type Tally, type Thresholds, type Unit,
} from './coverage.metrics.js';

export interface ThresholdArgs {
  minStrength?: number | null;
  maxAgeDays?: number | null;
  asOf?: string | null;
}

export interface RiskArgs extends ThresholdArgs {
  includeInfluencers?: boolean | null;
  minInfluence?: number | null;
  keyAccountsOnly?: boolean | null;
}

/** A colleague able to take over an orphaned decision maker, with how close they are. */
export interface Successor {
  person: PersonRecord;
  strength: number;
  /** ids from the colleague to the decision maker */
  via: string[];
}

export interface AccountDeparture {
  account: Unit;
  orphanedContacts: Contact[];
  orphanedDecisionMakers: { contact: Contact; successors: Successor[] }[];
  before: Tally;
  after: Tally;
  becomesUncovered: boolean;
  becomesSingleThreaded: boolean;
}

/** Single-contact risks of a set of accounts. */
export interface RiskReport {
  accounts: AccountRisk[];
  items: AccountRisk['items'];
  thresholds: Thresholds;
}

/** Joins the reports of disjoint sets of accounts, as one report over all of them would read. */
export function mergeRisks(parts: readonly RiskReport[]): RiskReport {
  const accounts = parts.flatMap((r) => r.accounts).sort((a, b) => a.account.id.localeCompare(b.account.id));
  return { accounts, items: sortRisks(parts.flatMap((r) => r.items)), thresholds: parts[0].thresholds };
}

/** One account's figures for the portfolio list (`accountCoverage`) and the lazy fields of decision-maker coverage. */
export interface AccountSummary {
  account: Unit;
  company: CompanyRecord;
  /** active contacts */
  contacts: number;
  /** its decision makers, as `decisionMakerCoverage.overall` counts them */
  overall: Tally;
  singleThreaded: boolean;
  soleHolder: PersonRecord | null;
  /** DESIGN §4 "Bus factor"; null without decision makers */
  busFactor: BusFactor | null;
  /** DESIGN §4 "Influence-weighted coverage"; null without contacts */
  influenceWeightedCoverage: number | null;
}

/** Arguments of the trends: the dates are the period ends within [from, to] (docs/definitions.md "Trend"). */
export interface TrendArgs extends Omit<ThresholdArgs, 'asOf'> {
  from: string;
  to: string;
  every: Every;
}

/** The most points one trend may ask for (ten years of months). */
export const MAX_TREND_POINTS = 120;

/** One account on one date of its trend. */
export interface AccountTrendPoint {
  asOf: string;
  /** decision makers: total, covered, single-threaded, multi-threaded, uncovered */
  overall: Tally;
  singleThreaded: boolean;
  /** single-contact risks (decision makers covered by exactly one person) */
  risks: number;
  busFactor: number | null;
  influenceWeightedCoverage: number | null;
  /** active contacts on that day */
  contacts: number;
}

/** The portfolio on one date of its trend. */
export interface PortfolioTrendPoint {
  asOf: string;
  accounts: number;
  /** accounts with decision makers */
  withDecisionMakers: number;
  singleThreadedAccounts: number;
  /** accounts with decision makers of whom none is covered */
  uncoveredAccounts: number;
  risks: number;
  decisionMakers: number;
  coveredDecisionMakers: number;
}

/** Accounts most fragile first: bus factor ascending (none last), then id. */
export const byFragility = (a: AccountSummary, b: AccountSummary): number =>
  (a.busFactor?.people.length ?? Infinity) - (b.busFactor?.people.length ?? Infinity) || a.account.id.localeCompare(b.account.id);

/** Finds the colleagues best placed to take over a contact once `without` has left (InfluenceService.successors). */
export type SuccessorFinder = (g: ReadGraph, contactId: string, without: string, limit: number) => Successor[];

/**
 * DESIGN §3 coverage and risk metrics for accounts. Takes each account's
 * bounded subgraph from the read model and computes with the pure
 * functions of `coverage.metrics.ts`, so both engines give the same answers.
 */
export class CoverageService {
  constructor(
    private readonly readModel: ReadModelSource,
    private readonly defaults: AnalyticsDefaults,
    private readonly successors: SuccessorFinder,
  ) {}

  /** Validates per-query thresholds and fills in the configured defaults. */
  thresholds(args: ThresholdArgs, today = new Date().toISOString().slice(0, 10)): Thresholds {
    const minStrength = unitInterval('minStrength', args.minStrength ?? this.defaults.minStrength);
    const maxAgeDays = args.maxAgeDays ?? this.defaults.maxAgeDays;
    if (!Number.isInteger(maxAgeDays) || maxAgeDays < 0 || maxAgeDays > 36_500) {
      throw badInput('maxAgeDays', `maxAgeDays must be a whole number of days from 0 to 36500, got ${maxAgeDays}`);
    }
    const asOf = isoDate('asOf', args.asOf ?? today)!;
    return { minStrength, maxAgeDays, asOf };
  }

  /** The graph as it stood at `t.asOf`, with every relationship in force (docs/definitions.md "Values in force"). */
  async graphAt(t: Thresholds): Promise<ReadGraph> {
    return inForce(await this.readModel.ready(), t.asOf, this.defaults.strength);
  }

  /** The account (any non-supplier company; a unit counts as an account of its own) or NOT_FOUND. */
  async account(id: string, field = 'accountId'): Promise<CompanyRecord> {
    const g = await this.readModel.ready();
    const company = g.findCompany(id);
    if (!company) throw notFound(field, 'account', id);
    if (company.kind === 'SUPPLIER') throw badInput(field, `"${id}" is one of our own units, not an account`);
    return company;
  }

  private async one(accountId: string, t: Thresholds) {
    await this.account(accountId);
    const p = await this.graphAt(t);
    const g = accountGraph(p, accountId, t);
    const ours = ourPeople(p);
    const cov = this.coverageOf(p, g, t);
    return { g, ours, cov, p };
  }

  /**
   * Coverage of every contact of an account, memoised with the subgraph: it is asked far more often than it changes.
   * `keep` false (a subgraph built for one use, see accountGraph): computed and not kept.
   */
  private coverageOf(p: ReadGraph, g: AccountGraph, t: Thresholds, keep = true): Map<string, Holder[]> {
    const id = g.account.id;
    const compute = () => coverageMap(g, ourPeople(p));
    return keep ? p.memoAccount(id, `coverage:${id}:${t.minStrength}:${t.maxAgeDays}:${t.asOf}`, compute) : compute();
  }

  /**
   * Influence scores of an account's contacts; they do not depend on the thresholds, so one memo per account serves
   * every query. `keep` false: computed and not kept, as coverageOf.
   */
  private scoresOf(p: ReadGraph, g: AccountGraph, keep = true): Map<string, number> {
    const id = g.account.id;
    const formalStrength = this.defaults.formalStrength;
    const compute = () => influenceScores(g.contacts.map((c) => c.id), g.edges, formalStrength);
    return keep ? p.memoAccount(id, `scores:${id}:${formalStrength}`, compute) : compute();
  }

  /** One account's summary (bus factor, influence-weighted coverage, decision-maker tally), memoised per account and thresholds. */
  private summaryOf(p: ReadGraph, accountId: string, t: Thresholds, keep = true, graph = () => accountGraph(p, accountId, t, keep)): AccountSummary {
    return p.memoAccount(accountId, `summary:${accountId}:${t.minStrength}:${t.maxAgeDays}:${t.asOf}:${this.defaults.formalStrength}`, () => {
      // `keep` false (the portfolio): the summary is kept, the subgraph behind it is not (see accountGraph)
      const g = graph();
      const cov = this.coverageOf(p, g, t, keep);
      const scores = this.scoresOf(p, g, keep);
      const dms = g.contacts.filter(isDecisionMaker);
      const sole = soleHolder(dms, cov);
      return {
        account: g.account,
        company: p.findCompany(accountId)!,
        contacts: g.contacts.length,
        overall: tally(dms, cov),
        singleThreaded: sole !== null,
        soleHolder: sole,
        busFactor: busFactor(dms, cov),
        influenceWeightedCoverage: influenceWeightedCoverage(g.contacts, cov, scores),
      };
    });
  }

  /** DESIGN §4 "Bus factor" and "Influence-weighted coverage" of one account (a unit counts as an account of its own). */
  async accountSummary(accountId: string, args: ThresholdArgs): Promise<AccountSummary> {
    const t = this.thresholds(args);
    await this.account(accountId);
    return this.summaryOf(await this.graphAt(t), accountId, t);
  }

  /**
   * The portfolio's accounts (root customer accounts, optionally key
   * accounts only), each with its decision-maker tally, bus factor and
   * influence-weighted coverage, most fragile first (`byFragility`).
   */
  async accountCoverage(args: ThresholdArgs & Pick<RiskArgs, 'keyAccountsOnly'>): Promise<{ accounts: AccountSummary[]; thresholds: Thresholds }> {
    const t = this.thresholds(args);
    const accounts = await this.summariesOf(await this.portfolioIds(args), args);
    return { accounts: accounts.sort(byFragility), thresholds: t };
  }

  /**
   * The summaries of the given accounts (known to exist), in the given
   * order. Accounts are independent, so the worker pool splits the portfolio
   * into parts, one per thread (context.ts), and sorts the joined list.
   */
  async summariesOf(ids: readonly string[], args: ThresholdArgs): Promise<AccountSummary[]> {
    const t = this.thresholds(args);
    const p = await this.graphAt(t);
    return ids.map((id) => this.summaryOf(p, id, t, ids.length === 1));
  }

  /** Validates a trend's range and returns its dates (at most MAX_TREND_POINTS). */
  trendDates(args: TrendArgs): string[] {
    const from = isoDate('from', args.from)!;
    const to = isoDate('to', args.to)!;
    if (from > to) throw badInput('to', `to (${to}) is before from (${from})`);
    const dates = periodEnds(from, to, args.every);
    if (dates.length > MAX_TREND_POINTS) throw badInput('from', `a trend has at most ${MAX_TREND_POINTS} points; ${from}..${to} by ${args.every.toLowerCase()} has ${dates.length}`);
    this.thresholds(args); // refuse bad thresholds before computing anything
    return dates;
  }

  /** DESIGN §4 "Trend" of one account: its decision-maker coverage, risks and bus factor on each date, from the record. */
  async coverageTrend(accountId: string, args: TrendArgs): Promise<{ account: Unit; every: Every; points: AccountTrendPoint[] }> {
    const dates = this.trendDates(args);
    await this.account(accountId);
    const points: AccountTrendPoint[] = [];
    let account: Unit | null = null;
    for (const asOf of dates) {
      const t = this.thresholds({ ...args, asOf });
      const p = await this.graphAt(t);
      const s = this.summaryOf(p, accountId, t);
      account ??= s.account;
      const risks = this.risksIn(p, [accountId], t, {}, null).items.length;
      points.push({
        asOf, overall: s.overall, singleThreaded: s.singleThreaded, risks, busFactor: s.busFactor ? s.busFactor.people.length : null,
        influenceWeightedCoverage: s.influenceWeightedCoverage, contacts: s.contacts,
      });
    }
    account ??= accountMembers(await this.readModel.ready(), accountId).units[0];
    return { account, every: args.every, points };
  }

  /** DESIGN §4 "Trend" of the portfolio: single-threaded and uncovered accounts and risks on each date. */
  async portfolioTrend(args: TrendArgs & Pick<RiskArgs, 'keyAccountsOnly'>): Promise<{ every: Every; points: PortfolioTrendPoint[] }> {
    const dates = this.trendDates(args);
    const ids = await this.portfolioIds(args);
    const points: PortfolioTrendPoint[] = [];
    for (const asOf of dates) points.push(await this.portfolioPoint(ids, { ...args, asOf }));
    return { every: args.every, points };
  }

  /** The portfolio trend's figures for the given accounts on one date (the worker pool computes dates in parallel). */
  async portfolioPoint(ids: readonly string[], args: ThresholdArgs): Promise<PortfolioTrendPoint> {
    const t = this.thresholds(args);
    const p = await this.graphAt(t);
    const point: PortfolioTrendPoint = {
      asOf: t.asOf, accounts: ids.length, withDecisionMakers: 0, singleThreadedAccounts: 0, uncoveredAccounts: 0, risks: 0, decisionMakers: 0, coveredDecisionMakers: 0,
    };
    const keep = ids.length === 1;
    const opts = this.riskOptions({}, t);
    for (const id of ids) {
      // one subgraph per account serves both figures, built only when neither is memoised
      let g: AccountGraph | null = null;
      const graph = () => (g ??= accountGraph(p, id, t, keep));
      const s = this.summaryOf(p, id, t, keep, graph);
      if (s.overall.total > 0) point.withDecisionMakers++;
      if (s.singleThreaded) point.singleThreadedAccounts++;
      if (s.overall.total > 0 && s.overall.covered === 0) point.uncoveredAccounts++;
      point.decisionMakers += s.overall.total;
      point.coveredDecisionMakers += s.overall.covered;
      point.risks += this.riskOf(p, id, t, opts, 1, keep, graph).items.length;
    }
    return point;
  }

  async decisionMakerCoverage(accountId: string, args: ThresholdArgs) {
    const t = this.thresholds(args);
    const { g, cov, p } = await this.one(accountId, t);
    return p.memoAccount(accountId, `dmCoverage:${accountId}:${t.minStrength}:${t.maxAgeDays}:${t.asOf}`, () => ({ ...decisionMakerCoverage(g, cov), thresholds: t }));
  }

  async crossFunctionalCoverage(accountId: string, args: ThresholdArgs) {
    const t = this.thresholds(args);
    const { g, cov } = await this.one(accountId, t);
    const cells = crossFunctional(g, cov);
    return { account: g.account, cells, total: cells.reduce((s, c) => s + c.relationships, 0), thresholds: t };
  }

  /** DESIGN §3 "Single-contact risk" for one account, or the whole portfolio when `accountId` is null. */
  async singleContactRisks(accountId: string | null, args: RiskArgs): Promise<RiskReport> {
    this.thresholds(args); // refuse bad thresholds before anything else
    if (accountId !== null) await this.account(accountId);
    return this.risksOf(accountId !== null ? [accountId] : await this.portfolioIds(args), args);
  }

  /** The root customer accounts of the portfolio, in id order (optionally key accounts only). */
  async portfolioIds(args: Pick<RiskArgs, 'keyAccountsOnly'>): Promise<string[]> {
    return accountRoots(await this.readModel.ready(), args.keyAccountsOnly ?? null).map((c) => c.id);
  }

  /**
   * Single-contact risks of the given accounts (known to exist), items most
   * severe first. Accounts are independent, so the worker pool splits the
   * portfolio into parts, one per thread, and merges with `mergeRisks`.
   */
  async risksOf(ids: readonly string[], args: RiskArgs): Promise<RiskReport> {
    const t = this.thresholds(args);
    return this.risksIn(await this.graphAt(t), ids, t, args, await this.weights());
  }

  /**
   * DESIGN §3 "Severity": each account's weight is its revenue share once any
   * sale exists (docs/commercial.md "Revenue share"; the last complete year),
   * else null (weight 1). Today's sales weigh every date: sales have no
   * point-in-time history of their own beyond their periods.
   */
  private async weights(): Promise<Map<string, number> | null> {
    return accountWeights(await this.readModel.ready());
  }

  private risksIn(p: ReadGraph, ids: readonly string[], t: Thresholds, args: RiskArgs, weights: Map<string, number> | null): RiskReport {
    const opts = this.riskOptions(args, t);
    // one account: its subgraph is kept for the other per-account analytics; many: only each account's result is
    const keep = ids.length === 1;
    // a unit asked as an account weighs as its group: revenue shares are the groups'
    const accounts = ids.map((id) => this.riskOf(p, id, t, opts, weights ? weights.get(rootOf(p, id)) ?? 0 : 1, keep));
    return { accounts, items: sortRisks(accounts.flatMap((a) => a.items)), thresholds: t };
  }

  private riskOptions(args: RiskArgs, t: Thresholds) {
    const minInfluence = unitInterval('minInfluence', args.minInfluence ?? this.defaults.minInfluence);
    return { asOf: t.asOf, formalStrength: this.defaults.formalStrength, includeInfluencers: args.includeInfluencers ?? false, minInfluence };
  }

  /** One account's single-contact risks, memoised per account and every argument they depend on (a few risks, not the subgraph). */
  private riskOf(
    p: ReadGraph, id: string, t: Thresholds, opts: ReturnType<CoverageService['riskOptions']>, accountWeight: number, keep: boolean,
    graph = () => accountGraph(p, id, t, keep),
  ): AccountRisk {
    const key = `risks:${id}:${t.minStrength}:${t.maxAgeDays}:${t.asOf}:${opts.formalStrength}:${opts.includeInfluencers}:${opts.minInfluence}:${accountWeight}`;
    return p.memoAccount(id, key, () => {
      const g = graph();
      return accountRisks(g, this.coverageOf(p, g, t, keep), { ...opts, scores: this.scoresOf(p, g, keep), accountWeight });
    });
  }

  /**
   * DESIGN §3 "Departure impact" (a what-if; nothing is written): coverage of
   * every account the person holds relationships in, recomputed without them.
   */
  async departureImpact(personId: string, args: ThresholdArgs & { successors?: number | null }) {
    const t = this.thresholds(args);
    const limit = positiveInt('successors', args.successors ?? 3, 20);
    const p = await this.graphAt(t);
    const person = p.findPerson(personId);
    if (!person) throw notFound('personId', 'person', personId);
    const ours = ourPeople(p);
    const without = new Set([personId]);
    const cutoff = cutoffDay(t);
    // the contacts this person holds effectively: only their accounts can change
    const held: string[] = [];
    if (ours.has(personId)) {
      p.forEachKnowsOut(p.personIndex(personId), (c, strength, last) => { if (isEffective(strength, last, t, cutoff)) held.push(p.personId(c)); });
    }
    const accounts: AccountDeparture[] = [];
    for (const accountId of accountsHeldBy(p, personId)) {
      const { units, contacts, ids } = accountMembers(p, accountId);
      const mine = held.filter((id) => ids.has(id));
      if (mine.length === 0) continue;
      // coverage of the decision makers and of the contacts this person holds, before and after
      const dms = contacts.filter(isDecisionMaker);
      const touched = contacts.filter((c) => isDecisionMaker(c) || mine.includes(c.id));
      const sub = { contacts: touched, holdings: holdingsInto(p, touched, t, cutoff) };
      const before = coverageMap(sub, ours);
      const after = coverageMap(sub, ours, without);
      const orphaned = touched.filter((c) => before.get(c.id)!.length > 0 && after.get(c.id)!.length === 0);
      const tb = tally(dms, before);
      const ta = tally(dms, after);
      accounts.push({
        account: units[0],
        orphanedContacts: orphaned,
        orphanedDecisionMakers: orphaned.filter(isDecisionMaker).map((contact) => ({ contact, successors: this.successors(p, contact.id, personId, limit) })),
        before: tb,
        after: ta,
        becomesUncovered: tb.covered > 0 && ta.covered === 0,
        becomesSingleThreaded: soleHolder(dms, before) === null && soleHolder(dms, after) !== null,
      });
    }
    return {
      person,
      accounts,
      uncoveredAccounts: accounts.filter((a) => a.becomesUncovered).map((a) => a.account),
      singleThreadedAccounts: accounts.filter((a) => a.becomesSingleThreaded).map((a) => a.account),
      thresholds: t,
    };
  }

  /** For Person.coverage: our people holding an effective relationship with each contact, strongest first. */
  async holdersOf(ids: readonly string[], t: Thresholds): Promise<Holder[][]> {
    const p = await this.graphAt(t);
    const ours = ourPeople(p);
    const cutoff = cutoffDay(t);
    return ids.map((id) => {
      const out: Holder[] = [];
      const i = p.personIndex(id);
      if (i >= 0) {
        p.forEachKnowsIn(i, (h, strength, last) => {
          if (ours.hasIndex(h) && isEffective(strength, last, t, cutoff)) out.push({ person: ours.get(p.personId(h))!, strength, lastContactAt: fromDay(last) });
        });
      }
      return out.sort((a, b) => b.strength - a.strength || a.person.id.localeCompare(b.person.id));
    });
  }

  /** For Person.portfolio: the active contacts each of our people holds effectively, grouped by root account. */
  async portfolioOf(ids: readonly string[], t: Thresholds) {
    const p = await this.graphAt(t);
    const cutoff = cutoffDay(t);
    type Entry = { account: CompanyRecord; contacts: (Holder & { ageDays: number | null })[] };
    return ids.map((id) => {
      const accounts = new Map<string, Entry>();
      const i = p.personIndex(id);
      if (i >= 0) p.forEachKnowsOut(i, (ci, strength, last) => {
        if (!p.isActive(ci) || !isEffective(strength, last, t, cutoff)) return;
        const c = p.employerOf(ci);
        if (c < 0) return;
        const account = p.company(rootIndex(p, c));
        const entry: Entry = accounts.get(account.id) ?? { account, contacts: [] };
        accounts.set(account.id, entry);
        const lastContactAt = fromDay(last);
        entry.contacts.push({ person: p.person(ci), strength, lastContactAt, ageDays: ageDays(lastContactAt, t.asOf) });
      });
      return [...accounts.values()]
        .sort((a, b) => a.account.id.localeCompare(b.account.id))
        .map((e) => ({ ...e, contacts: e.contacts.sort((a, b) => a.person.id.localeCompare(b.person.id)) }));
    });
  }
}
