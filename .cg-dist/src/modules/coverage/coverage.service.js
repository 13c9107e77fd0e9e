import { isoDate, positiveInt, unitInterval } from '../../common/validate.js';
import { badInput, notFound } from '../../errors.js';
import { accountGraph, accountMembers, accountRoots, accountsHeldBy, cutoffDay, holdingsInto, isEffective, ourPeople, rootIndex } from '../../domain/terms.js';
import { fromDay } from '../../readmodel/days.js';
import { inForce } from '../../domain/in-force.js';
import { periodEnds } from '../../domain/periods.js';
import { influenceScores } from '../influence/influence.metrics.js';
import { accountRisks, ageDays, busFactor, coverageMap, crossFunctional, decisionMakerCoverage, influenceWeightedCoverage, isDecisionMaker, sortRisks, soleHolder, tally, } from './coverage.metrics.js';
/** Joins the reports of disjoint sets of accounts, as one report over all of them would read. */
export function mergeRisks(parts) {
    const accounts = parts.flatMap((r) => r.accounts).sort((a, b) => a.account.id.localeCompare(b.account.id));
    return { accounts, items: sortRisks(parts.flatMap((r) => r.items)), thresholds: parts[0].thresholds };
}
/** The most points one trend may ask for (ten years of months). */
export const MAX_TREND_POINTS = 120;
/** Accounts most fragile first: bus factor ascending (none last), then id. */
export const byFragility = (a, b) => (a.busFactor?.people.length ?? Infinity) - (b.busFactor?.people.length ?? Infinity) || a.account.id.localeCompare(b.account.id);
/**
 * DESIGN §3 coverage and risk metrics for accounts. Takes each account's
 * bounded subgraph from the read model and computes with the pure
 * functions of `coverage.metrics.ts`, so both engines give the same answers.
 */
export class CoverageService {
    constructor(readModel, defaults, successors) {
        this.readModel = readModel;
        this.defaults = defaults;
        this.successors = successors;
    }
    /** Validates per-query thresholds and fills in the configured defaults. */
    thresholds(args, today = new Date().toISOString().slice(0, 10)) {
        const minStrength = unitInterval('minStrength', args.minStrength ?? this.defaults.minStrength);
        const maxAgeDays = args.maxAgeDays ?? this.defaults.maxAgeDays;
        if (!Number.isInteger(maxAgeDays) || maxAgeDays < 0 || maxAgeDays > 36_500) {
            throw badInput('maxAgeDays', `maxAgeDays must be a whole number of days from 0 to 36500, got ${maxAgeDays}`);
        }
        const asOf = isoDate('asOf', args.asOf ?? today);
        return { minStrength, maxAgeDays, asOf };
    }
    /** The graph as it stood at `t.asOf`, with every relationship in force (docs/definitions.md "Values in force"). */
    async graphAt(t) {
        return inForce(await this.readModel.ready(), t.asOf, this.defaults.strength);
    }
    /** The account (any non-supplier company; a unit counts as an account of its own) or NOT_FOUND. */
    async account(id, field = 'accountId') {
        const g = await this.readModel.ready();
        const company = g.findCompany(id);
        if (!company)
            throw notFound(field, 'account', id);
        if (company.kind === 'SUPPLIER')
            throw badInput(field, `"${id}" is one of our own units, not an account`);
        return company;
    }
    async one(accountId, t) {
        await this.account(accountId);
        const p = await this.graphAt(t);
        const g = accountGraph(p, accountId, t);
        const ours = ourPeople(p);
        const cov = this.coverageOf(p, g, t);
        return { g, ours, cov, p };
    }
    /** Coverage of every contact of an account, memoised with the subgraph: it is asked far more often than it changes. */
    coverageOf(p, g, t) {
        const id = g.account.id;
        return p.memoAccount(id, `coverage:${id}:${t.minStrength}:${t.maxAgeDays}:${t.asOf}`, () => coverageMap(g, ourPeople(p)));
    }
    /** Influence scores of an account's contacts; they do not depend on the thresholds, so one memo per account serves every query. */
    scoresOf(p, g) {
        const id = g.account.id;
        const formalStrength = this.defaults.formalStrength;
        return p.memoAccount(id, `scores:${id}:${formalStrength}`, () => influenceScores(g.contacts.map((c) => c.id), g.edges, formalStrength));
    }
    /** One account's summary (bus factor, influence-weighted coverage, decision-maker tally), memoised per account and thresholds. */
    summaryOf(p, accountId, t) {
        return p.memoAccount(accountId, `summary:${accountId}:${t.minStrength}:${t.maxAgeDays}:${t.asOf}:${this.defaults.formalStrength}`, () => {
            const g = accountGraph(p, accountId, t);
            const cov = this.coverageOf(p, g, t);
            const dms = g.contacts.filter(isDecisionMaker);
            const sole = soleHolder(dms, cov);
            return {
                account: g.account,
                company: p.findCompany(accountId),
                contacts: g.contacts.length,
                overall: tally(dms, cov),
                singleThreaded: sole !== null,
                soleHolder: sole,
                busFactor: busFactor(dms, cov),
                influenceWeightedCoverage: influenceWeightedCoverage(g.contacts, cov, this.scoresOf(p, g)),
            };
        });
    }
    /** DESIGN §4 "Bus factor" and "Influence-weighted coverage" of one account (a unit counts as an account of its own). */
    async accountSummary(accountId, args) {
        const t = this.thresholds(args);
        await this.account(accountId);
        return this.summaryOf(await this.graphAt(t), accountId, t);
    }
    /**
     * The portfolio's accounts (root customer accounts, optionally key
     * accounts only), each with its decision-maker tally, bus factor and
     * influence-weighted coverage, most fragile first (`byFragility`).
     */
    async accountCoverage(args) {
        const t = this.thresholds(args);
        const accounts = await this.summariesOf(await this.portfolioIds(args), args);
        return { accounts: accounts.sort(byFragility), thresholds: t };
    }
    /**
     * The summaries of the given accounts (known to exist), in the given
     * order. Accounts are independent, so the worker pool splits the portfolio
     * into parts, one per thread (context.ts), and sorts the joined list.
     */
    async summariesOf(ids, args) {
        const t = this.thresholds(args);
        const p = await this.graphAt(t);
        return ids.map((id) => this.summaryOf(p, id, t));
    }
    /** Validates a trend's range and returns its dates (at most MAX_TREND_POINTS). */
    trendDates(args) {
        const from = isoDate('from', args.from);
        const to = isoDate('to', args.to);
        if (from > to)
            throw badInput('to', `to (${to}) is before from (${from})`);
        const dates = periodEnds(from, to, args.every);
        if (dates.length > MAX_TREND_POINTS)
            throw badInput('from', `a trend has at most ${MAX_TREND_POINTS} points; ${from}..${to} by ${args.every.toLowerCase()} has ${dates.length}`);
        this.thresholds(args); // refuse bad thresholds before computing anything
        return dates;
    }
    /** DESIGN §4 "Trend" of one account: its decision-maker coverage, risks and bus factor on each date, from the record. */
    async coverageTrend(accountId, args) {
        const dates = this.trendDates(args);
        await this.account(accountId);
        const points = [];
        let account = null;
        for (const asOf of dates) {
            const t = this.thresholds({ ...args, asOf });
            const p = await this.graphAt(t);
            const s = this.summaryOf(p, accountId, t);
            account ??= s.account;
            const risks = this.risksIn(p, [accountId], t, {}).items.length;
            points.push({
                asOf, overall: s.overall, singleThreaded: s.singleThreaded, risks, busFactor: s.busFactor ? s.busFactor.people.length : null,
                influenceWeightedCoverage: s.influenceWeightedCoverage, contacts: s.contacts,
            });
        }
        account ??= accountMembers(await this.readModel.ready(), accountId).units[0];
        return { account, every: args.every, points };
    }
    /** DESIGN §4 "Trend" of the portfolio: single-threaded and uncovered accounts and risks on each date. */
    async portfolioTrend(args) {
        const dates = this.trendDates(args);
        const ids = await this.portfolioIds(args);
        const points = [];
        for (const asOf of dates)
            points.push(await this.portfolioPoint(ids, { ...args, asOf }));
        return { every: args.every, points };
    }
    /** The portfolio trend's figures for the given accounts on one date (the worker pool computes dates in parallel). */
    async portfolioPoint(ids, args) {
        const t = this.thresholds(args);
        const p = await this.graphAt(t);
        const point = {
            asOf: t.asOf, accounts: ids.length, withDecisionMakers: 0, singleThreadedAccounts: 0, uncoveredAccounts: 0, risks: 0, decisionMakers: 0, coveredDecisionMakers: 0,
        };
        for (const id of ids) {
            const s = this.summaryOf(p, id, t);
            if (s.overall.total > 0)
                point.withDecisionMakers++;
            if (s.singleThreaded)
                point.singleThreadedAccounts++;
            if (s.overall.total > 0 && s.overall.covered === 0)
                point.uncoveredAccounts++;
            point.decisionMakers += s.overall.total;
            point.coveredDecisionMakers += s.overall.covered;
        }
        point.risks = this.risksIn(p, ids, t, {}).items.length;
        return point;
    }
    async decisionMakerCoverage(accountId, args) {
        const t = this.thresholds(args);
        const { g, cov, p } = await this.one(accountId, t);
        return p.memoAccount(accountId, `dmCoverage:${accountId}:${t.minStrength}:${t.maxAgeDays}:${t.asOf}`, () => ({ ...decisionMakerCoverage(g, cov), thresholds: t }));
    }
    async crossFunctionalCoverage(accountId, args) {
        const t = this.thresholds(args);
        const { g, cov } = await this.one(accountId, t);
        const cells = crossFunctional(g, cov);
        return { account: g.account, cells, total: cells.reduce((s, c) => s + c.relationships, 0), thresholds: t };
    }
    /** DESIGN §3 "Single-contact risk" for one account, or the whole portfolio when `accountId` is null. */
    async singleContactRisks(accountId, args) {
        this.thresholds(args); // refuse bad thresholds before anything else
        if (accountId !== null)
            await this.account(accountId);
        return this.risksOf(accountId !== null ? [accountId] : await this.portfolioIds(args), args);
    }
    /** The root customer accounts of the portfolio, in id order (optionally key accounts only). */
    async portfolioIds(args) {
        return accountRoots(await this.readModel.ready(), args.keyAccountsOnly ?? null).map((c) => c.id);
    }
    /**
     * Single-contact risks of the given accounts (known to exist), items most
     * severe first. Accounts are independent, so the worker pool splits the
     * portfolio into parts, one per thread, and merges with `mergeRisks`.
     */
    async risksOf(ids, args) {
        const t = this.thresholds(args);
        return this.risksIn(await this.graphAt(t), ids, t, args);
    }
    risksIn(p, ids, t, args) {
        const minInfluence = unitInterval('minInfluence', args.minInfluence ?? this.defaults.minInfluence);
        const ours = ourPeople(p);
        const opts = { asOf: t.asOf, formalStrength: this.defaults.formalStrength, includeInfluencers: args.includeInfluencers ?? false, minInfluence };
        const accounts = ids.map((id) => {
            const g = accountGraph(p, id, t);
            return accountRisks(g, coverageMap(g, ours), { ...opts, scores: this.scoresOf(p, g) });
        });
        return { accounts, items: sortRisks(accounts.flatMap((a) => a.items)), thresholds: t };
    }
    /**
     * DESIGN §3 "Departure impact" (a what-if; nothing is written): coverage of
     * every account the person holds relationships in, recomputed without them.
     */
    async departureImpact(personId, args) {
        const t = this.thresholds(args);
        const limit = positiveInt('successors', args.successors ?? 3, 20);
        const p = await this.graphAt(t);
        const person = p.findPerson(personId);
        if (!person)
            throw notFound('personId', 'person', personId);
        const ours = ourPeople(p);
        const without = new Set([personId]);
        const cutoff = cutoffDay(t);
        // the contacts this person holds effectively: only their accounts can change
        const held = [];
        if (ours.has(personId)) {
            p.forEachKnowsOut(p.personIndex(personId), (c, strength, last) => { if (isEffective(strength, last, t, cutoff))
                held.push(p.personId(c)); });
        }
        const accounts = [];
        for (const accountId of accountsHeldBy(p, personId)) {
            const { units, contacts, ids } = accountMembers(p, accountId);
            const mine = held.filter((id) => ids.has(id));
            if (mine.length === 0)
                continue;
            // coverage of the decision makers and of the contacts this person holds, before and after
            const dms = contacts.filter(isDecisionMaker);
            const touched = contacts.filter((c) => isDecisionMaker(c) || mine.includes(c.id));
            const sub = { contacts: touched, holdings: holdingsInto(p, touched, t, cutoff) };
            const before = coverageMap(sub, ours);
            const after = coverageMap(sub, ours, without);
            const orphaned = touched.filter((c) => before.get(c.id).length > 0 && after.get(c.id).length === 0);
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
    async holdersOf(ids, t) {
        const p = await this.graphAt(t);
        const ours = ourPeople(p);
        const cutoff = cutoffDay(t);
        return ids.map((id) => {
            const out = [];
            const i = p.personIndex(id);
            if (i >= 0) {
                p.forEachKnowsIn(i, (h, strength, last) => {
                    if (ours.hasIndex(h) && isEffective(strength, last, t, cutoff))
                        out.push({ person: ours.get(p.personId(h)), strength, lastContactAt: fromDay(last) });
                });
            }
            return out.sort((a, b) => b.strength - a.strength || a.person.id.localeCompare(b.person.id));
        });
    }
    /** For Person.portfolio: the active contacts each of our people holds effectively, grouped by root account. */
    async portfolioOf(ids, t) {
        const p = await this.graphAt(t);
        const cutoff = cutoffDay(t);
        return ids.map((id) => {
            const accounts = new Map();
            const i = p.personIndex(id);
            if (i >= 0)
                p.forEachKnowsOut(i, (ci, strength, last) => {
                    if (!p.isActive(ci) || !isEffective(strength, last, t, cutoff))
                        return;
                    const c = p.employerOf(ci);
                    if (c < 0)
                        return;
                    const account = p.company(rootIndex(p, c));
                    const entry = accounts.get(account.id) ?? { account, contacts: [] };
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
//# sourceMappingURL=coverage.service.js.map