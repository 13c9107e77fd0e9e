import type { GraphData } from '../../src/domain/graph-data.js';
import { emptySections, type PlanSections } from '../../src/domain/plans.js';
import type { CompanyRecord } from '../../src/domain/records.js';
import { acmeFixture } from './acme.js';

/** The current calendar year (UTC): the one sale that sets our share of wallet is dated the year before it. */
export const THIS_YEAR = new Date().getUTCFullYear();

const co = (id: string, name: string, kind: CompanyRecord['kind'], isKeyAccount: boolean | null = null): CompanyRecord => ({
  id, name, kind, unitLevel: 'GROUP', country: 'DE', segment: null, isKeyAccount, tier: null,
});

/**
 * The Acme fixture (support/acme.ts; coverage worked at asOf 2026-11-01) with
 * account management worked by hand for test/api/plans.test.ts:
 *
 *   our tree  o1 → o3 → o4 (top): acme's KAM o1 has a referee (o3) and a level above (o4);
 *             beta's NEGOTIATOR is o4 (no manager: flagged); gamma (a key account) has only a SPECIALIST (flagged)
 *   rivals    k1 at acme "Seals" 0.3 and at acme-n "Pumps" 0.5; k2 at acme "Seals" (share unknown) and at beta "Seals" 0.4
 *   partner   pa at acme "Service"
 *   sales     acme r1 (Seals) last year 3,000 (wallet 10,000: our share 0.3); 2026-01: acme-n1 r1 450 / 45 units,
 *             acme r2 (Pumps) 400 / 4 units
 *   plan      acme/2026: v1 2026-07-01 (strategy, key people a1 a2, role today), v2 2026-08-03 (+ a challenge, key
 *             people a1 a2 a3 n1 s3 l4 — l4 has left —, competitor k1, targets Seals revenue 1,000 and Pumps volume 10)
 *   activity  act-1 OPEN due 2026-10-15 (o1), act-2 CANCELLED, act-3 OPEN due 2026-12-01 (o1), act-4 DONE (o2)
 *   signals   acme-n PRAISE sev 3, acme COMPLAINT sev 1, acme REDUCE_BUSINESS sev 2, acme OTHER sev 2, beta DISSATISFACTION
 */
export function plansFixture(): GraphData {
  const g = acmeFixture();
  g.companies.push(co('k1', 'Rival One', 'COMPETITOR'), co('k2', 'Rival Two', 'COMPETITOR'), co('pa', 'Ally Service', 'PARTNER'), co('gamma', 'Gamma Group', 'CUSTOMER', true));
  g.reportsTo.push({ personId: 'o1', managerId: 'o3', since: null }, { personId: 'o3', managerId: 'o4', since: null });
  g.onTeam.push({ personId: 'o4', companyId: 'beta', role: 'NEGOTIATOR' }, { personId: 'o2', companyId: 'gamma', role: 'SPECIALIST' });
  g.products = [
    { id: 'r1', name: 'Seal One', family: 'Seals', launchedAt: '2024-06-01', listPrice: 10 },
    { id: 'r2', name: 'Pump Two', family: 'Pumps', launchedAt: '2019-01-01', listPrice: 100 },
  ];
  g.sales = [
    { accountId: 'acme', productId: 'r1', period: String(THIS_YEAR - 1), revenue: 3000, volume: 300, listRevenue: null, contributionMargin: 600 },
    { accountId: 'acme-n1', productId: 'r1', period: '2026-01', revenue: 450, volume: 45, listRevenue: null, contributionMargin: 90 },
    { accountId: 'acme', productId: 'r2', period: '2026-02', revenue: 400, volume: 4, listRevenue: null, contributionMargin: 100 },
  ];
  g.potentials = [{ companyId: 'acme', annualTurnover: null, image: null, walletEstimate: 10_000 }];
  g.competesAt = [
    { companyId: 'k1', accountId: 'acme', area: 'Seals', estimatedShare: 0.3 },
    { companyId: 'k2', accountId: 'acme', area: 'Seals', estimatedShare: null },
    { companyId: 'k1', accountId: 'acme-n', area: 'Pumps', estimatedShare: 0.5 },
    { companyId: 'k2', accountId: 'beta', area: 'Seals', estimatedShare: 0.4 },
  ];
  g.partnersAt = [{ companyId: 'pa', accountId: 'acme', area: 'Service' }];
  const v1: PlanSections = { ...emptySections(), keyPeople: [{ id: 'a1', note: 'sponsor' }, { id: 'a2', note: null }], roleToday: 'PREFERRED' };
  v1.business = { ...v1.business, strategy: 'Consolidate suppliers' };
  const v2: PlanSections = {
    ...v1,
    challenges: [{ challenge: 'Downtime at the plants', howWeCanHelp: 'Condition monitoring' }],
    keyPeople: ['a1', 'a2', 'a3', 'n1', 's3', 'l4'].map((id) => ({ id, note: null })),
    competitors: [{ id: 'k1', note: 'price fighter' }],
    targets: [{ family: 'Seals', revenue: 1000, volume: null }, { family: 'Pumps', revenue: null, volume: 10 }],
  };
  g.plans = [
    { planId: 'acme/2026', accountId: 'acme', year: 2026, version: 1, updatedAt: '2026-07-01T09:00:00.000Z', updatedBy: 'o1', sections: v1 },
    { planId: 'acme/2026', accountId: 'acme', year: 2026, version: 2, updatedAt: '2026-08-03T10:00:00.000Z', updatedBy: 'o1', sections: v2 },
  ];
  g.activities = [
    { id: 'act-1', planId: 'acme/2026', addedIn: 1, title: 'Kick-off', dueAt: '2026-10-15', status: 'OPEN', ownerId: 'o1' },
    { id: 'act-2', planId: 'acme/2026', addedIn: 2, title: 'Workshop', dueAt: '2026-09-01', status: 'CANCELLED', ownerId: 'o2' },
    { id: 'act-3', planId: 'acme/2026', addedIn: 2, title: 'Review', dueAt: '2026-12-01', status: 'OPEN', ownerId: 'o1' },
    { id: 'act-4', planId: 'acme/2026', addedIn: 2, title: 'Site visit', dueAt: '2026-10-20', status: 'DONE', ownerId: 'o2' },
  ];
  const signal = (id: string, kind: string, accountId: string, severity: number, at: string) => ({
    id, kind, at, severity, text: null, acknowledgedAt: null, actedAt: null, accountId, raisedById: null, reportedById: null, acknowledgedById: null,
  });
  g.signals = [
    signal('sg-1', 'PRAISE', 'acme-n', 3, '2026-10-05T10:00:00.000Z'), signal('sg-2', 'COMPLAINT', 'acme', 1, '2026-09-10T10:00:00.000Z'),
    signal('sg-3', 'REDUCE_BUSINESS', 'acme', 2, '2026-06-01T10:00:00.000Z'), signal('sg-4', 'OTHER', 'acme', 2, '2026-07-01T10:00:00.000Z'),
    signal('sg-5', 'DISSATISFACTION', 'beta', 3, '2026-10-01T10:00:00.000Z'),
  ] as GraphData['signals'];
  return g;
}
