import DataLoader from 'dataloader';
import type { Thresholds } from './coverage.metrics.js';
import type { CoverageService } from './coverage.service.js';

/**
 * Per-request loaders for Person.coverage and Person.portfolio. Thresholds
 * are field arguments, so there is one DataLoader per distinct set of them.
 */
export function createCoverageLoaders(service: CoverageService) {
  const holders = new Map<string, DataLoader<string, Awaited<ReturnType<CoverageService['holdersOf']>>[number]>>();
  const portfolios = new Map<string, DataLoader<string, Awaited<ReturnType<CoverageService['portfolioOf']>>[number]>>();
  const keyOf = (t: Thresholds) => `${t.minStrength}|${t.maxAgeDays}|${t.asOf}`;
  return {
    holders(t: Thresholds) {
      let l = holders.get(keyOf(t));
      if (!l) holders.set(keyOf(t), (l = new DataLoader((ids) => service.holdersOf(ids, t), { maxBatchSize: 1000 })));
      return l;
    },
    portfolio(t: Thresholds) {
      let l = portfolios.get(keyOf(t));
      if (!l) portfolios.set(keyOf(t), (l = new DataLoader((ids) => service.portfolioOf(ids, t), { maxBatchSize: 1000 })));
      return l;
    },
  };
}
export type CoverageLoaders = ReturnType<typeof createCoverageLoaders>;
