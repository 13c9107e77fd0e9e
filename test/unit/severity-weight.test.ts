import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { CoverageService } from '../../src/modules/coverage/coverage.service.js';
import { InfluenceService } from '../../src/modules/influence/influence.service.js';
import { ReadModel } from '../../src/readmodel/read-model.js';
import { ACME_AS_OF, acmeFixture } from '../support/acme.js';

/**
 * DESIGN §3 "Severity" once revenue exists: the account weight becomes the
 * account's revenue share (docs/definitions.md "Severity", docs/commercial.md
 * "Revenue share"; default period: the last complete year). On the Acme
 * fixture (test/api/risk.test.ts works the other two parts by hand):
 *   2025 sales: acme 300 (its unit acme-n 100 of it, counted for the group), beta 100 → shares 0.75 and 0.25.
 *   2024: acme 0, beta 500 — another year, not counted by default.
 */
function services(withSales: boolean) {
  const data = acmeFixture();
  if (withSales) {
    data.products = [{ id: 'pr', name: 'Seal', family: 'Seals', launchedAt: '2020-01-01', listPrice: 10 }];
    data.sales = [
      { accountId: 'acme', productId: 'pr', period: '2025', revenue: 200, volume: 20, listRevenue: null, contributionMargin: null },
      { accountId: 'acme-n', productId: 'pr', period: '2025', revenue: 100, volume: 10, listRevenue: null, contributionMargin: null },
      { accountId: 'beta', productId: 'pr', period: '2025', revenue: 100, volume: 10, listRevenue: null, contributionMargin: null },
      { accountId: 'beta', productId: 'pr', period: '2024', revenue: 500, volume: 50, listRevenue: null, contributionMargin: null },
    ];
  }
  const g = ReadModel.fromData(data);
  const source = { ready: async () => g };
  const influence = new InfluenceService(source, DEFAULT_ANALYTICS);
  return new CoverageService(source, DEFAULT_ANALYTICS, (x, c, w, l) => influence.successors(x, c, w, l));
}

describe('severity weighs accounts by revenue share once sales exist', () => {
  it('without sales every account weighs 1; with them acme weighs 300 / 400 = 0.75, and each item still shows its parts', async () => {
    const before = await services(false).singleContactRisks(null, { asOf: ACME_AS_OF });
    const after = await services(true).singleContactRisks(null, { asOf: ACME_AS_OF });
    expect(before.items.length).toBeGreaterThan(0);
    expect(before.items.every((r) => r.accountWeight === 1)).toBe(true);
    expect(after.items.map((r) => [r.contact.id, r.holder.person.id])).toEqual(before.items.map((r) => [r.contact.id, r.holder.person.id]));
    for (const [i, r] of after.items.entries()) {
      expect(r.accountWeight, r.contact.id).toBe(0.75); // every risk of the fixture is in acme
      expect(r.severity).toBeCloseTo(before.items[i].severity * 0.75, 12); // level × score × 0.75
      expect(r.severity).toBeCloseTo(r.levelWeight * r.influenceScore * r.accountWeight, 12);
    }
  });

  it('a unit asked as an account weighs as its group', async () => {
    const r = await services(true).singleContactRisks('acme-n', { asOf: ACME_AS_OF });
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.items.every((x) => x.accountWeight === 0.75)).toBe(true);
  });
});
