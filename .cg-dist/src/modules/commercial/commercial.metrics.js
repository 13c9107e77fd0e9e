/**
 * The commercial metrics of DESIGN §5 as pure functions of plain numbers
 * (docs/commercial.md states each one; the section names below are its
 * headings). Nothing here reads the graph: `commercial.facts.ts` gathers the
 * figures, `commercial.service.ts` feeds them in.
 */
/** docs/commercial.md "Pareto": the top share of accounts the report looks at. */
export const TOP_SHARE = 0.2;
/** docs/commercial.md "Pareto": the share of revenue whose fewest accounts are counted. */
export const PARETO_SHARE = 0.8;
/** Relative difference under which two unit prices count as equal (float noise, not a better price). */
export const PRICE_EPSILON = 1e-9;
/** Descending by value, then ascending by id: the order every ranking here uses. */
export function byValueDesc(value) {
    return (a, b) => value(b) - value(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
/**
 * docs/commercial.md "Pareto": accounts by revenue, descending (ties by id),
 * with shares and cumulative shares; the top 20 % of the buying accounts
 * (⌈0.2 × buyers⌉) and their share; the fewest accounts that make 80 %.
 */
export function pareto(accounts) {
    const total = accounts.reduce((s, a) => s + a.revenue, 0);
    const sorted = [...accounts].sort(byValueDesc((a) => a.revenue));
    let cum = 0;
    const rows = sorted.map((a, i) => {
        const share = total > 0 ? a.revenue / total : 0;
        cum += share;
        return { id: a.id, revenue: a.revenue, rank: i + 1, share, cumulativeShare: Math.min(1, cum) };
    });
    const buyers = rows.filter((r) => r.revenue > 0).length;
    const topCount = buyers === 0 ? 0 : Math.ceil(TOP_SHARE * buyers - 1e-9);
    const topShare = rows.slice(0, topCount).reduce((s, r) => s + r.share, 0);
    let accountsFor80 = 0;
    if (total > 0) {
        accountsFor80 = rows.findIndex((r) => r.cumulativeShare >= PARETO_SHARE - 1e-12) + 1;
        if (accountsFor80 === 0)
            accountsFor80 = buyers; // rounding: every buyer
    }
    return { total, rows, buyers, topCount, topShare, accountsFor80, accountsFor80Share: buyers ? accountsFor80 / buyers : null };
}
/** docs/commercial.md "Concentration", from the revenue shares (which sum to 1, or are all 0). */
export function concentration(shares) {
    const s = [...shares].sort((a, b) => b - a);
    const sum = s.reduce((x, y) => x + y, 0);
    if (sum <= 0)
        return { hhi: null, equivalentAccounts: null, top1Share: null, top5Share: null };
    const hhi = s.reduce((x, y) => x + y * y, 0);
    return { hhi, equivalentAccounts: 1 / hhi, top1Share: s[0], top5Share: s.slice(0, 5).reduce((x, y) => x + y, 0) };
}
/**
 * docs/commercial.md "Can we say no?": per account its revenue share and
 * contribution-margin share; dependent when either exceeds `threshold`
 * (strictly). Returns the dependent accounts, the larger of their two shares
 * descending (ties by id).
 */
export function dependencies(accounts, threshold) {
    const revenue = accounts.reduce((s, a) => s + a.revenue, 0);
    const margin = accounts.reduce((s, a) => s + (a.margin ?? 0), 0);
    const marginKnown = accounts.some((a) => a.margin !== null) && margin > 0;
    const out = [];
    for (const a of accounts) {
        const revenueShare = revenue > 0 ? a.revenue / revenue : 0;
        const marginShare = marginKnown ? (a.margin ?? 0) / margin : null;
        const reasons = [];
        if (revenueShare > threshold)
            reasons.push('REVENUE');
        if (marginShare !== null && marginShare > threshold)
            reasons.push('MARGIN');
        if (reasons.length)
            out.push({ id: a.id, revenueShare, marginShare, dependent: true, reasons });
    }
    return out.sort(byValueDesc((r) => Math.max(r.revenueShare, r.marginShare ?? 0)));
}
/** The median of numbers (the mean of the two middle ones for an even count); null for none. */
export function median(xs) {
    if (xs.length === 0)
        return null;
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Contribution margin ÷ revenue; null when either is unknown or revenue is 0. */
export function marginPct(margin, revenue) {
    return margin === null || revenue <= 0 ? null : margin / revenue;
}
/**
 * docs/commercial.md "Big but thin": among the top 20 % of accounts by
 * revenue (`ranked`, the Pareto's order, and its `topCount`), those whose
 * margin % is strictly below the median margin % of the portfolio's buying
 * accounts with a known margin.
 */
export function bigButThin(ranked, topCount) {
    const med = median(ranked.filter((r) => r.revenue > 0 && r.marginPct !== null).map((r) => r.marginPct));
    const accounts = med === null ? [] : ranked.slice(0, topCount).filter((r) => r.marginPct !== null && r.marginPct < med).map((r) => ({ id: r.id, revenue: r.revenue, marginPct: r.marginPct }));
    return { medianMarginPct: med, accounts };
}
/** docs/commercial.md "Cross-sell breadth": families bought ÷ families in the catalogue (null for an empty catalogue). */
export function breadth(bought, catalogue) {
    const n = catalogue.filter((f) => bought.has(f)).length;
    return { bought: n, total: catalogue.length, ratio: catalogue.length ? n / catalogue.length : null };
}
/**
 * docs/commercial.md "White space": for each family of the catalogue the
 * account did not buy, the share of its peers (the other accounts of its
 * segment) that did; highest first, ties by family name. Empty without peers.
 */
export function whiteSpace(bought, peers, catalogue) {
    if (peers.length === 0)
        return [];
    const out = [];
    for (const family of catalogue) {
        if (bought.has(family))
            continue;
        const buyers = peers.filter((p) => p.has(family)).length;
        out.push({ family, share: buyers / peers.length, buyers, peers: peers.length });
    }
    return out.sort((a, b) => b.share - a.share || (a.family < b.family ? -1 : a.family > b.family ? 1 : 0));
}
/** docs/commercial.md "Share of wallet": revenue ÷ the wallet of the period (the yearly estimate × months ÷ 12); null when unknown or 0. */
export function shareOfWallet(revenue, walletPerYear, months) {
    if (walletPerYear === null || !(walletPerYear > 0))
        return null;
    return revenue / ((walletPerYear * months) / 12);
}
/**
 * docs/commercial.md "Price mix": is a product launched in `launchMonth`
 * new at the end of a period whose last month is `lastMonth`? Launched in
 * the `newWithin` months that end with it (or later); never when the launch
 * date is unknown (NaN or a sentinel below every real month).
 */
export function isNew(launchMonth, lastMonth, newWithin) {
    return Number.isFinite(launchMonth) && launchMonth > -1e6 && launchMonth > lastMonth - newWithin;
}
/** docs/commercial.md "Price mix": the share of revenue from new products (null without revenue). */
export function priceMix(byProduct, lastMonth, newWithin) {
    let total = 0;
    let fresh = 0;
    for (const p of byProduct) {
        total += p.revenue;
        if (isNew(p.launchMonth, lastMonth, newWithin))
            fresh += p.revenue;
    }
    return { newRevenue: fresh, share: total > 0 ? fresh / total : null };
}
/**
 * docs/commercial.md "Price consistency" for one product and period: each
 * account's net unit price p_a = revenue ÷ volume (accounts with volume > 0);
 * a is exposed to b when volume_b ≤ volume_a and p_b < p_a; the exposure
 * Σ_a volume_a × (p_a − min{p_b : volume_b ≤ volume_a}). Accounts of equal
 * volume count as no bigger than each other. Prices within PRICE_EPSILON
 * (relative) are equal.
 */
export function priceExposure(points) {
    const pts = points.filter((p) => p.volume > 0).map((p) => ({ ...p, price: p.revenue / p.volume }));
    if (pts.length === 0)
        return { exposure: 0, dispersion: null, meanPrice: null, minPrice: null, maxPrice: null, accounts: [] };
    // ascending volume; within a volume the best price first, then id, so the first of a group is its best
    pts.sort((a, b) => a.volume - b.volume || a.price - b.price || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const out = [];
    let best = Infinity;
    let bestId = null;
    for (let i = 0; i < pts.length;) {
        let j = i;
        // everyone of this volume is no bigger than everyone else of it: the group's best joins the running best first
        while (j < pts.length && pts[j].volume === pts[i].volume)
            j++;
        if (pts[i].price < best) {
            best = pts[i].price;
            bestId = pts[i].id;
        }
        for (let k = i; k < j; k++) {
            const p = pts[k];
            const gap = p.price - best;
            const exposed = gap > PRICE_EPSILON * Math.max(Math.abs(p.price), 1e-300);
            out.push({ id: p.id, volume: p.volume, revenue: p.revenue, price: p.price, bestPrice: exposed ? best : p.price, bestFrom: exposed ? bestId : null, exposure: exposed ? p.volume * gap : 0 });
        }
        i = j;
    }
    const prices = pts.map((p) => p.price);
    const mean = prices.reduce((s, x) => s + x, 0) / prices.length;
    const variance = prices.reduce((s, x) => s + (x - mean) ** 2, 0) / prices.length;
    return {
        exposure: out.reduce((s, a) => s + a.exposure, 0),
        dispersion: mean > 0 ? Math.sqrt(variance) / mean : null,
        meanPrice: mean,
        minPrice: Math.min(...prices),
        maxPrice: Math.max(...prices),
        accounts: out.sort(byValueDesc((a) => a.exposure)),
    };
}
/**
 * Percentile ranks 0..100 of values (null ones get null and are left out):
 * (the number of values below + half the number equal, itself included) ÷
 * n × 100, the mid-rank definition, so ties share a rank and the ranks of
 * n distinct values are 50/n, 150/n, … (docs/commercial.md "Account analysis matrix").
 */
export function percentileRanks(values) {
    const known = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
    const n = known.length;
    const lowerBound = (x) => { let lo = 0, hi = n; while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (known[m] < x)
            lo = m + 1;
        else
            hi = m;
    } return lo; };
    const upperBound = (x) => { let lo = 0, hi = n; while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (known[m] <= x)
            lo = m + 1;
        else
            hi = m;
    } return lo; };
    return values.map((v) => {
        if (v === null || !Number.isFinite(v))
            return null;
        const below = lowerBound(v);
        const equal = upperBound(v) - below;
        return ((below + 0.5 * equal) / n) * 100;
    });
}
/** A weighted mean of the known parts (weights renormalised over them); null when none is known or the weights are 0. */
export function weightedMean(parts) {
    let sum = 0;
    let w = 0;
    for (const p of parts) {
        if (p.value === null)
            continue;
        sum += p.value * p.weight;
        w += p.weight;
    }
    return w > 0 ? sum / w : null;
}
/**
 * docs/commercial.md "Account analysis matrix": high is ≥ split. High
 * potential and position: DEVELOP; high potential, low position: INVEST;
 * low potential, high position: MAINTAIN; both low: SERVE_INDIRECTLY. Null
 * when either score is unknown.
 */
export function quadrant(potential, position, split) {
    if (potential === null || position === null)
        return null;
    const hiPot = potential >= split;
    const hiPos = position >= split;
    return hiPot ? (hiPos ? 'DEVELOP' : 'INVEST') : hiPos ? 'MAINTAIN' : 'SERVE_INDIRECTLY';
}
/** DESIGN §5 defaults: potential weights 0.4 / 0.4 / 0.2, quadrants split at 50. */
export const DEFAULT_WEIGHTS = Object.freeze({ turnover: 0.4, margin: 0.4, image: 0.2 });
export const DEFAULT_SPLIT = 50;
/**
 * docs/commercial.md "Account analysis matrix". Potential: the weighted
 * mean of the percentile ranks (among the accounts given) of annual
 * turnover, our contribution margin and image. Position: the mean of the
 * percentile ranks of share of wallet — ranked among the accounts whose
 * wallet is known; an account without one takes the rank of its revenue
 * share among all — decision-maker coverage ratio and cross-sell breadth.
 * An unknown input is left out of its mean (the weights of the rest are
 * renormalised).
 */
export function accountMatrix(inputs, weights = DEFAULT_WEIGHTS, split = DEFAULT_SPLIT) {
    const turnover = percentileRanks(inputs.map((a) => a.annualTurnover));
    const margin = percentileRanks(inputs.map((a) => a.margin));
    const image = percentileRanks(inputs.map((a) => a.image));
    const wallet = percentileRanks(inputs.map((a) => a.shareOfWallet));
    const share = percentileRanks(inputs.map((a) => a.revenueShare));
    const coverage = percentileRanks(inputs.map((a) => a.coverageRatio));
    const breadthRank = percentileRanks(inputs.map((a) => a.breadth));
    return inputs.map((a, i) => {
        const potential = weightedMean([
            { value: turnover[i], weight: weights.turnover }, { value: margin[i], weight: weights.margin }, { value: image[i], weight: weights.image },
        ]);
        const walletRank = a.shareOfWallet !== null ? wallet[i] : share[i];
        const position = weightedMean([{ value: walletRank, weight: 1 }, { value: coverage[i], weight: 1 }, { value: breadthRank[i], weight: 1 }]);
        const q = quadrant(potential, position, split);
        return {
            id: a.id, isKeyAccount: a.isKeyAccount, potential, position, quadrant: q,
            ranks: {
                turnover: turnover[i], margin: margin[i], image: image[i], wallet: walletRank,
                walletFrom: a.shareOfWallet !== null ? 'SHARE_OF_WALLET' : 'REVENUE_SHARE', coverage: coverage[i], breadth: breadthRank[i],
            },
            candidate: !a.isKeyAccount && (q === 'DEVELOP' || q === 'INVEST'),
            review: a.isKeyAccount && q === 'SERVE_INDIRECTLY',
        };
    });
}
/** DESIGN §5 default: more key accounts than this per KAM is overload. */
export const DEFAULT_MAX_ACCOUNTS_PER_KAM = 5;
/**
 * docs/commercial.md "KAM load": per KAM (someone on an account team as
 * KAM) their key and other accounts; overloaded above `max` key accounts;
 * part-time when KAM of both key and non-key accounts. Each key account with
 * no KAM (NO_KAM) or with a part-time KAM (PART_TIME_KAM) is flagged;
 * `withoutKam` are those with no KAM but part-time ones (a part-time KAM is
 * not a KAM). KAMs by key accounts descending, then id.
 */
export function kamLoad(assignments, keyAccounts, max = DEFAULT_MAX_ACCOUNTS_PER_KAM) {
    const byKam = new Map();
    for (const a of assignments) {
        let row = byKam.get(a.kamId);
        if (!row)
            byKam.set(a.kamId, (row = { kamId: a.kamId, keyAccounts: [], otherAccounts: [], overloaded: false, partTime: false }));
        (a.isKeyAccount ? row.keyAccounts : row.otherAccounts).push(a.accountId);
    }
    for (const row of byKam.values()) {
        row.keyAccounts.sort();
        row.otherAccounts.sort();
        row.overloaded = row.keyAccounts.length > max;
        row.partTime = row.keyAccounts.length > 0 && row.otherAccounts.length > 0;
    }
    const kamsOf = new Map();
    for (const a of assignments)
        kamsOf.set(a.accountId, [...(kamsOf.get(a.accountId) ?? []), a.kamId]);
    const flagged = [];
    const withoutKam = [];
    for (const id of [...keyAccounts].sort()) {
        const kams = (kamsOf.get(id) ?? []).sort();
        const flags = [];
        if (kams.length === 0)
            flags.push('NO_KAM');
        if (kams.some((k) => byKam.get(k).partTime))
            flags.push('PART_TIME_KAM');
        if (flags.length)
            flagged.push({ accountId: id, kams, flags });
        if (kams.every((k) => byKam.get(k).partTime))
            withoutKam.push(id);
    }
    const kams = [...byKam.values()].sort((a, b) => b.keyAccounts.length - a.keyAccounts.length || (a.kamId < b.kamId ? -1 : a.kamId > b.kamId ? 1 : 0));
    return { kams, flagged, withoutKam };
}
//# sourceMappingURL=commercial.metrics.js.map