import type { GraphData } from '../../src/domain/graph-data.js';
import { acmeFixture } from './acme.js';

/**
 * The Acme fixture (support/acme.ts) with a small catalogue and sales worked
 * by hand for the commercial API tests (docs/commercial.md). Period 2025:
 *
 *   products  r1 Seals, launched 2024-06-01, list 10   (new in 2025: within 24 months of 2025-12)
 *             r2 Pumps, launched 2019-01-01, list 100
 *             r3 Tools, no launch date, no list price  (nobody buys it)
 *   sales     acme-n1 r1 2025-03  900 revenue, 100 volume (9 a unit), list 1000, margin 180
 *             acme    r2 2025     1800, 20 (90 a unit), list 2000, margin 360 (a yearly sale)
 *             acme-s  r1 2024-06  500, 50, margin 100 (the year before)
 *             beta    r1 2025-05  160, 20 (8 a unit), list unknown (→ 20 × 10 = 200), margin 16
 *             beta    r2 2025-07  100, 1, margin unknown
 *   potential acme: turnover 1,000,000, image 4, wallet 10,000; beta: image 2
 *
 * 2025: acme 900 + 1800 = 2700, margin 540 (20 %); beta 160 + 100 = 260, margin 16 on 160 (10 %); total 2960.
 */
export function commercialFixture(): GraphData {
  const g = acmeFixture();
  g.products = [
    { id: 'r1', name: 'Seal One', family: 'Seals', launchedAt: '2024-06-01', listPrice: 10 },
    { id: 'r2', name: 'Pump Two', family: 'Pumps', launchedAt: '2019-01-01', listPrice: 100 },
    { id: 'r3', name: 'Tool Three', family: 'Tools', launchedAt: null, listPrice: null },
  ];
  g.sales = [
    { accountId: 'acme-n1', productId: 'r1', period: '2025-03', revenue: 900, volume: 100, listRevenue: 1000, contributionMargin: 180 },
    { accountId: 'acme', productId: 'r2', period: '2025', revenue: 1800, volume: 20, listRevenue: 2000, contributionMargin: 360 },
    { accountId: 'acme-s', productId: 'r1', period: '2024-06', revenue: 500, volume: 50, listRevenue: null, contributionMargin: 100 },
    { accountId: 'beta', productId: 'r1', period: '2025-05', revenue: 160, volume: 20, listRevenue: null, contributionMargin: 16 },
    { accountId: 'beta', productId: 'r2', period: '2025-07', revenue: 100, volume: 1, listRevenue: null, contributionMargin: null },
  ];
  g.potentials = [
    { companyId: 'acme', annualTurnover: 1_000_000, image: 4, walletEstimate: 10_000 },
    { companyId: 'beta', annualTurnover: null, image: 2, walletEstimate: null },
  ];
  // beta is not a key account: o2 is its KAM and acme's, so o2 is a part-time KAM
  g.companies.find((c) => c.id === 'beta')!.isKeyAccount = false;
  g.onTeam.push({ personId: 'o2', companyId: 'beta', role: 'KAM' }, { personId: 'o2', companyId: 'acme', role: 'KAM' });
  return g;
}
