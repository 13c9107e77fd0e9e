import DataLoader from 'dataloader';
/**
 * Per-request loaders for Person.coverage and Person.portfolio. Thresholds
 * are field arguments, so there is one DataLoader per distinct set of them.
 */
export function createCoverageLoaders(service) {
    const holders = new Map();
    const portfolios = new Map();
    const keyOf = (t) => `${t.minStrength}|${t.maxAgeDays}|${t.asOf}`;
    return {
        holders(t) {
            let l = holders.get(keyOf(t));
            if (!l)
                holders.set(keyOf(t), (l = new DataLoader((ids) => service.holdersOf(ids, t), { maxBatchSize: 1000 })));
            return l;
        },
        portfolio(t) {
            let l = portfolios.get(keyOf(t));
            if (!l)
                portfolios.set(keyOf(t), (l = new DataLoader((ids) => service.portfolioOf(ids, t), { maxBatchSize: 1000 })));
            return l;
        },
    };
}
//# sourceMappingURL=coverage.loader.js.map