/**
 * DESIGN §5 "Commercial portfolio" (docs/commercial.md): each query is one
 * method here, citing the section of docs/commercial.md it computes. Reads go
 * through the caller's scoped read model (docs/access.md): a scoped caller's
 * portfolio is the accounts it can see, and its shares are of their revenue.
 */
import { positiveInt, unitInterval } from '../../common/validate.js';
import { parsePeriod, previousWindow, windowLabel } from '../../domain/period.js';
import { rootIndex } from '../../domain/terms.js';
import { badInput, notFound } from '../../errors.js';
import { commercialGraph } from '../../readmodel/read-graph.js';
import { accountFacts, launchMonth, monthlyFacts, portfolioAccounts, productFacts, subtree } from './commercial.facts.js';
import { accountMatrix, bigButThin, breadth, concentration, DEFAULT_MAX_ACCOUNTS_PER_KAM, DEFAULT_SPLIT, DEFAULT_WEIGHTS, dependencies, kamLoad, marginPct, pareto, priceExposure, priceMix, shareOfWallet, whiteSpace, } from './commercial.metrics.js';
export const COMMERCIAL_DEFAULTS = Object.freeze({
    dependencyShare: 0.1, newWithinMonths: 24, matrixSplit: DEFAULT_SPLIT, matrixWeights: DEFAULT_WEIGHTS, maxAccountsPerKam: DEFAULT_MAX_ACCOUNTS_PER_KAM,
});
const ratio = (a, b) => (b > 0 ? a / b : null);
/** Non-negative money, or null (docs/commercial.md "Validation"). */
export function money(field, value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        throw badInput(field, `${field} must be a non-negative amount, got ${value}`);
    return value;
}
export class CommercialService {
    constructor(source, coverage, writer = null, defaults = COMMERCIAL_DEFAULTS) {
        this.source = source;
        this.coverage = coverage;
        this.writer = writer;
        this.defaults = defaults;
    }
    async graph() {
        return commercialGraph(await this.source.ready());
    }
    /** The selection's accounts with their facts in a window, revenue descending (ties by id). */
    facts(g, sel, w) {
        return portfolioAccounts(g, sel).map((company) => {
            const index = g.companyIndex(company.id);
            return { company, index, f: accountFacts(g, index, w) };
        });
    }
    /** An account asked for by id: any non-supplier company or unit the caller can see (NOT_FOUND otherwise, as for an id that does not exist). */
    account(g, id, field) {
        const c = g.companyIndex(id);
        if (c < 0)
            throw notFound(field, 'account', id);
        if (g.companyKind(rootIndex(g, c)) === 'SUPPLIER')
            throw badInput(field, `"${id}" is one of our own units, not an account`);
        return c;
    }
    newWithin(value) {
        return positiveInt('newWithinMonths', value ?? this.defaults.newWithinMonths, 240);
    }
    /** docs/commercial.md "Pareto", "Concentration", "Can we say no?", "Big but thin". */
    async portfolio(args) {
        const w = parsePeriod(args.period);
        const threshold = unitInterval('dependencyShare', args.dependencyShare ?? this.defaults.dependencyShare);
        const g = await this.graph();
        return g.memo(`commercial:portfolio:${w.from}:${w.to}:${args.segment ?? ''}:${args.keyAccountsOnly ?? ''}:${threshold}`, () => {
            const rows = this.facts(g, args, w);
            const companies = new Map(rows.map((r) => [r.company.id, r.company]));
            const p = pareto(rows.map((r) => ({ id: r.company.id, revenue: r.f.revenue })));
            const byId = new Map(rows.map((r) => [r.company.id, r]));
            const margins = rows.filter((r) => r.f.margin !== null);
            const totalMargin = margins.length ? margins.reduce((s, r) => s + r.f.margin, 0) : null;
            const deps = dependencies(rows.map((r) => ({ id: r.company.id, revenue: r.f.revenue, margin: r.f.margin })), threshold);
            const thin = bigButThin(p.rows.map((r) => ({ id: r.id, revenue: r.revenue, marginPct: marginPct(byId.get(r.id).f.margin, byId.get(r.id).f.marginBasis) })), p.topCount);
            const rankOf = new Map(p.rows.map((r) => [r.id, r.rank]));
            return {
                period: w.label,
                accounts: rows.length,
                revenue: p.total,
                contributionMargin: totalMargin,
                marginPct: marginPct(totalMargin, margins.reduce((s, r) => s + r.f.marginBasis, 0)),
                pareto: { ...p, companies },
                concentration: concentration(p.rows.map((r) => r.share)),
                dependencyShare: threshold,
                dependencies: deps.map((d) => ({ company: companies.get(d.id), revenue: byId.get(d.id).f.revenue, revenueShare: d.revenueShare, contributionMargin: byId.get(d.id).f.margin, marginShare: d.marginShare, reasons: d.reasons })),
                bigButThin: { medianMarginPct: thin.medianMarginPct, accounts: thin.accounts.map((a) => ({ company: companies.get(a.id), rank: rankOf.get(a.id), revenue: a.revenue, marginPct: a.marginPct })) },
            };
        });
    }
    /**
     * docs/commercial.md "Top accounts report": every account of the selection
     * ranked by revenue (descending, ties by id), with the report's columns;
     * the coverage columns come per row from `coverageOf`.
     */
    async topAccounts(args) {
        const w = parsePeriod(args.period);
        const prev = previousWindow(w);
        const newWithin = this.newWithin(args.newWithinMonths);
        const g = await this.graph();
        return g.memo(`commercial:top:${w.from}:${w.to}:${args.segment ?? ''}:${args.keyAccountsOnly ?? ''}:${newWithin}`, () => {
            const rows = this.facts(g, args, w);
            const total = rows.reduce((s, r) => s + r.f.revenue, 0);
            const families = g.families();
            const ranked = rows.sort((a, b) => b.f.revenue - a.f.revenue || (a.company.id < b.company.id ? -1 : 1));
            return {
                period: w.label,
                previousPeriod: prev.label,
                rows: ranked.map(({ company, index, f }, i) => {
                    const before = accountFacts(g, index, prev).revenue;
                    return {
                        rank: i + 1, company, revenue: f.revenue, revenueShare: total > 0 ? f.revenue / total : 0,
                        previousRevenue: before, growth: before > 0 ? f.revenue / before - 1 : null,
                        contributionMargin: f.margin, marginPct: marginPct(f.margin, f.marginBasis),
                        breadth: breadth(f.families, families).ratio, familiesBought: f.families.size,
                        priceMix: this.mix(g, f, w, newWithin).share,
                        shareOfWallet: shareOfWallet(f.revenue, g.potential(index).walletEstimate, w.to - w.from),
                    };
                }),
            };
        });
    }
    /** Decision-maker coverage of one account, from the coverage service (DESIGN §3). */
    coverageOf(accountId) {
        return this.coverage(accountId);
    }
    mix(g, f, w, newWithin) {
        return priceMix([...f.byProduct].map(([product, p]) => ({ revenue: p.revenue, launchMonth: launchMonth(g, product) })), w.to - 1, newWithin);
    }
    /** docs/commercial.md "One account": `company.commercial`. */
    async companyCommercial(companyId, args) {
        const w = parsePeriod(args.period);
        const prev = previousWindow(w);
        const newWithin = this.newWithin(args.newWithinMonths);
        const g = await this.graph();
        const c = this.account(g, companyId, 'id');
        // peers and the portfolio's total read other accounts: memoised per graph version (each account's facts per account)
        return g.memo(`commercial:company:${companyId}:${w.from}:${w.to}:${newWithin}`, () => {
            const f = accountFacts(g, c, w);
            const before = accountFacts(g, c, prev).revenue;
            const families = g.families();
            const root = rootIndex(g, c);
            // peers: the other accounts of its segment (its own, else its root's); every other account when it has no segment or no peer in it
            let segment = g.company(c).segment ?? g.company(root).segment;
            const others = (sel) => portfolioAccounts(g, sel).map((a) => g.companyIndex(a.id)).filter((i) => i !== root);
            let peerIndexes = segment === null ? [] : others({ segment });
            if (peerIndexes.length === 0) {
                segment = null;
                peerIndexes = others({});
            }
            const peers = peerIndexes.map((i) => accountFacts(g, i, w).families);
            const portfolioRevenue = portfolioAccounts(g).reduce((s, a) => s + accountFacts(g, g.companyIndex(a.id), w).revenue, 0);
            const wallet = g.potential(c).walletEstimate;
            const b = breadth(f.families, families);
            return {
                company: g.company(c),
                period: w.label, previousPeriod: prev.label,
                revenue: f.revenue, previousRevenue: before, growth: before > 0 ? f.revenue / before - 1 : null, volume: f.volume,
                contributionMargin: f.margin, marginPct: marginPct(f.margin, f.marginBasis),
                discount: f.listBasis > 0 && f.listRevenue > 0 ? 1 - f.listBasis / f.listRevenue : null,
                portfolioShare: ratio(f.revenue, portfolioRevenue),
                breadth: { ...b, families: families.filter((x) => f.families.has(x)) },
                whiteSpace: whiteSpace(f.families, peers, families),
                peerSegment: segment,
                walletEstimate: wallet,
                shareOfWallet: shareOfWallet(f.revenue, wallet, w.to - w.from),
                priceMix: { newWithinMonths: newWithin, ...this.mix(g, f, w, newWithin) },
                trend: monthlyFacts(g, c, w).map((m) => {
                    const mix = priceMix([...m.byProduct].map(([product, revenue]) => ({ revenue, launchMonth: launchMonth(g, product) })), m.month, newWithin);
                    return { period: windowLabel(m.month, m.month + 1), revenue: m.revenue, contributionMargin: m.margin, marginPct: marginPct(m.margin, m.revenue), newProductShare: mix.share };
                }),
            };
        });
    }
    /** docs/commercial.md "Being important to the subsets": every unit of the company (itself first), with revenue, share of wallet and decision-maker coverage. */
    async unitCommercials(companyId, args) {
        const w = parsePeriod(args.period);
        const g = await this.graph();
        const c = this.account(g, companyId, 'id');
        const coverage = await this.coverage(companyId);
        const byUnit = new Map(coverage.byUnit.map((u) => [u.unit.id, u]));
        const units = subtree(g, c);
        const total = accountFacts(g, c, w).revenue;
        const depth = new Map([[c, 0]]);
        const out = [];
        for (const u of units) {
            const p = g.parentOf(u);
            if (u !== c)
                depth.set(u, (depth.get(p) ?? 0) + 1);
            const f = accountFacts(g, u, w);
            const wallet = g.potential(u).walletEstimate;
            const cov = byUnit.get(g.companyId(u));
            out.push({
                unit: g.company(u), parentId: u === c || p < 0 ? null : g.companyId(p), depth: depth.get(u),
                revenue: f.revenue, shareOfAccount: ratio(f.revenue, total), walletEstimate: wallet, shareOfWallet: shareOfWallet(f.revenue, wallet, w.to - w.from),
                decisionMakers: cov?.total ?? 0, coveredDecisionMakers: cov?.covered ?? 0, coverageRatio: cov?.coverageRatio ?? null,
            });
        }
        return { period: w.label, units: out };
    }
    /** docs/commercial.md "Price consistency": one product, a family, or (neither) the whole catalogue. */
    async priceConsistency(args) {
        const w = parsePeriod(args.period);
        const g = await this.graph();
        if (args.productId !== null && args.productId !== undefined && args.family !== null && args.family !== undefined) {
            throw badInput('family', 'give a productId or a family, not both');
        }
        let products;
        if (args.productId !== null && args.productId !== undefined) {
            const r = g.productIndex(args.productId);
            if (r < 0)
                throw notFound('productId', 'product', args.productId);
            products = [r];
        }
        else {
            products = [];
            g.forEachProduct((r) => { if (args.family === null || args.family === undefined || g.productFamily(r) === args.family)
                products.push(r); });
            if (args.family !== null && args.family !== undefined && products.length === 0)
                throw notFound('family', 'product family', args.family);
        }
        const key = `commercial:price:${w.from}:${w.to}:${args.segment ?? ''}:${args.keyAccountsOnly ?? ''}:${args.productId ?? ''}:${args.family ?? ''}`;
        return g.memo(key, () => {
            const accounts = portfolioAccounts(g, args);
            const roots = new Set(accounts.map((a) => g.companyIndex(a.id)));
            const company = (i) => g.company(i);
            const perAccount = new Map();
            const out = [];
            for (const r of products) {
                const facts = productFacts(g, r, w, roots);
                const byId = new Map(facts.map((f) => [g.companyId(f.account), f]));
                const e = priceExposure(facts.map((f) => ({ id: g.companyId(f.account), volume: f.volume, revenue: f.revenue })));
                for (const a of e.accounts) {
                    const i = byId.get(a.id).account;
                    const s = perAccount.get(i) ?? { exposure: 0, exposedProducts: 0, products: 0 };
                    s.exposure += a.exposure;
                    s.products++;
                    if (a.exposure > 0)
                        s.exposedProducts++;
                    perAccount.set(i, s);
                }
                const list = g.productListPrice(r);
                out.push({
                    ...e, productIndex: r, product: g.product(r), listPrice: Number.isNaN(list) ? null : list,
                    accounts: e.accounts.map((a) => {
                        const f = byId.get(a.id);
                        return {
                            ...a, company: company(f.account), bestFromCompany: a.bestFrom === null ? null : company(byId.get(a.bestFrom).account),
                            discount: f.listBasis > 0 && f.listRevenue > 0 ? 1 - f.listBasis / f.listRevenue : null,
                        };
                    }),
                });
            }
            out.sort((a, b) => b.exposure - a.exposure || (g.productId(a.productIndex) < g.productId(b.productIndex) ? -1 : 1));
            const accountsOut = [...perAccount].map(([i, s]) => ({ company: company(i), ...s }))
                .sort((a, b) => b.exposure - a.exposure || (a.company.id < b.company.id ? -1 : a.company.id > b.company.id ? 1 : 0));
            return { period: w.label, exposure: out.reduce((s, p) => s + p.exposure, 0), products: out, accounts: accountsOut };
        });
    }
    /** docs/commercial.md "Account analysis matrix". */
    async accountMatrix(args) {
        const w = parsePeriod(args.period);
        const split = args.split ?? this.defaults.matrixSplit;
        if (typeof split !== 'number' || !Number.isFinite(split) || split < 0 || split > 100)
            throw badInput('split', `split must be from 0 to 100, got ${split}`);
        const d = this.defaults.matrixWeights;
        const weight = (field, v, fallback) => {
            const x = v ?? fallback;
            if (typeof x !== 'number' || !Number.isFinite(x) || x < 0)
                throw badInput(field, `${field} must be 0 or more, got ${x}`);
            return x;
        };
        const weights = { turnover: weight('turnoverWeight', args.turnoverWeight, d.turnover), margin: weight('marginWeight', args.marginWeight, d.margin), image: weight('imageWeight', args.imageWeight, d.image) };
        if (weights.turnover + weights.margin + weights.image <= 0)
            throw badInput('turnoverWeight', 'the potential weights must not all be 0');
        const g = await this.graph();
        const rows = this.facts(g, args, w);
        // coverage first (memoised per account by the coverage service), then one pass
        const coverage = new Map();
        for (const r of rows)
            coverage.set(r.company.id, (await this.coverage(r.company.id)).overall.coverageRatio);
        {
            const total = rows.reduce((s, r) => s + r.f.revenue, 0);
            const families = g.families();
            const inputs = rows.map(({ company, index, f }) => {
                const pot = g.potential(index);
                return {
                    id: company.id, isKeyAccount: company.isKeyAccount === true, annualTurnover: pot.annualTurnover, margin: f.margin, image: pot.image,
                    shareOfWallet: shareOfWallet(f.revenue, pot.walletEstimate, w.to - w.from), revenueShare: total > 0 ? f.revenue / total : 0,
                    coverageRatio: coverage.get(company.id) ?? null, breadth: breadth(f.families, families).ratio,
                };
            });
            const matrix = accountMatrix(inputs, weights, split);
            return { period: w.label, split, weights, rows: matrix.map((m, i) => ({ ...m, company: rows[i].company, input: inputs[i] })) };
        }
    }
    /** docs/commercial.md "KAM load": the portfolio's account teams (all root customer accounts the caller can see). */
    async kamLoad(args) {
        const w = parsePeriod(args.period);
        const max = positiveInt('maxAccountsPerKam', args.maxAccountsPerKam ?? this.defaults.maxAccountsPerKam, 1000);
        const g = await this.graph();
        return g.memo(`commercial:kam:${w.from}:${w.to}:${max}`, () => {
            const accounts = portfolioAccounts(g);
            const byId = new Map(accounts.map((a) => [a.id, a]));
            const assignments = [];
            const people = new Map();
            for (const a of accounts) {
                g.forEachTeamMember(g.companyIndex(a.id), (p, role) => {
                    if (role !== 'KAM')
                        return;
                    const id = g.personId(p);
                    people.set(id, g.person(p));
                    assignments.push({ kamId: id, accountId: a.id, isKeyAccount: a.isKeyAccount === true });
                });
            }
            const load = kamLoad(assignments, accounts.filter((a) => a.isKeyAccount === true).map((a) => a.id), max);
            const revenue = (id) => accountFacts(g, g.companyIndex(id), w).revenue;
            return {
                period: w.label,
                maxAccountsPerKam: max,
                kams: load.kams.map((k) => ({
                    person: people.get(k.kamId), keyAccounts: k.keyAccounts.map((id) => byId.get(id)), otherAccounts: k.otherAccounts.map((id) => byId.get(id)),
                    overloaded: k.overloaded, partTime: k.partTime, keyAccountRevenue: k.keyAccounts.reduce((s, id) => s + revenue(id), 0),
                })),
                flagged: load.flagged.map((f) => ({ company: byId.get(f.accountId), kams: f.kams.map((id) => people.get(id)), flags: f.flags })),
                withoutKam: load.withoutKam.map((id) => byId.get(id)),
            };
        });
    }
    /** The company's potential inputs (DESIGN §2), or null when it is not visible. */
    async potentialOf(companyId) {
        const g = await this.graph();
        const c = g.companyIndex(companyId);
        return c < 0 ? null : g.potential(c);
    }
    /**
     * Sets a company's potential inputs (docs/commercial.md "Potential
     * inputs"): omitted fields keep their value, null clears one. Annual
     * turnover and wallet estimate are non-negative amounts; image a whole
     * number 1..5. The company must exist and not be one of our own units.
     */
    async setPotential(input) {
        if (!this.writer)
            throw new Error('read-only commercial service');
        return this.writer.commit((g0) => {
            const g = commercialGraph(g0);
            const c = g.companyIndex(input.companyId);
            if (c < 0)
                throw notFound('input.companyId', 'company', input.companyId);
            if (g.companyKind(rootIndex(g, c)) === 'SUPPLIER')
                throw badInput('input.companyId', `"${input.companyId}" is one of our own units; potential inputs describe an account`);
            const before = g.potential(c);
            const pick = (k) => (input[k] !== undefined ? input[k] ?? null : before[k]);
            const image = pick('image');
            if (image !== null && (!Number.isInteger(image) || image < 1 || image > 5))
                throw badInput('input.image', `input.image must be a whole number from 1 to 5, got ${image}`);
            const next = {
                companyId: input.companyId,
                annualTurnover: money('input.annualTurnover', pick('annualTurnover')),
                image,
                walletEstimate: money('input.walletEstimate', pick('walletEstimate')),
            };
            return { changes: [{ kind: 'potential.set', potential: next }], result: next };
        });
    }
}
//# sourceMappingURL=commercial.service.js.map