import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/changes.js';
import type { GraphData } from '../../src/domain/graph-data.js';
import { plan } from '../../src/store/change-writer.js';
import { LadybugStore } from '../../src/store/ladybug.store.js';
import { loadQueries } from '../../src/store/queries.js';
import { barePerson, fullCompany, fullPerson, planVersion } from './graph-model.js';
import { parsePlan, rowsTouched, summarisePlan, type PlanOperator } from './plan.js';

/**
 * A graph whose every node has the same number of links whatever its size,
 * so a point statement's work can only grow with the graph through a scan:
 * person i works at company i mod C, reports to i-1 (chains of 20), knows
 * i+1..i+5, influences i+7; companies form chains of 10; every 50th person
 * sits on a team; every 10th person meets person i+1 about company i mod C
 * (interaction `i<i>`).
 */
function uniformGraph(n: number): GraphData {
  const c = Math.max(10, n / 20);
  const pid = (i: number) => `p${((i % n) + n) % n}`;
  const cid = (i: number) => `c${((i % c) + c) % c}`;
  const g: GraphData = { companies: [], people: [], worksAt: [], partOf: [], reportsTo: [], influences: [], knows: [], onTeam: [] };
  for (let i = 0; i < c; i++) {
    g.companies.push(fullCompany(cid(i)));
    if (i % 10) g.partOf.push({ unitId: cid(i), parentId: cid(i - 1) });
  }
  for (let i = 0; i < n; i++) {
    g.people.push(i % 2 ? fullPerson(pid(i)) : barePerson(pid(i)));
    g.worksAt.push({ personId: pid(i), companyId: cid(i), title: 'T', since: '2020-01-01' });
    if (i % 20) g.reportsTo.push({ personId: pid(i), managerId: pid(i - 1), since: null });
    for (let j = 1; j <= 5; j++) g.knows.push({ fromId: pid(i), toId: pid(i + j), strength: 0.5, lastContactAt: '2026-01-01', since: null });
    g.influences.push({ fromId: pid(i), toId: pid(i + 7), strength: 0.3, note: null, since: null });
    if (i % 50 === 0) g.onTeam.push({ personId: pid(i), companyId: cid(i + 1), role: 'KAM' });
    if (i % 10 === 0) {
      (g.interactions ??= []).push({ id: `i${i}`, kind: 'MEETING', at: '2026-01-01', direction: null, level: 'TACTICAL', subject: 's', accountId: cid(i), participantIds: [pid(i), pid(i + 1)] });
    }
  }
  // every company buys 5 products in each of 4 months; products are n / 40 (so each has as many sales at any size)
  const products = Math.max(10, n / 40);
  for (let i = 0; i < products; i++) (g.products ??= []).push({ id: `r${i}`, name: `R${i}`, family: `f${i % 7}`, launchedAt: '2024-01-01', listPrice: 10 });
  for (let i = 0; i < c; i++) {
    for (let j = 0; j < 5; j++) {
      for (let m = 1; m <= 4; m++) (g.sales ??= []).push({ accountId: cid(i), productId: `r${(i * 5 + j) % products}`, period: `2025-0${m}`, revenue: 100, volume: 10, listRevenue: 120, contributionMargin: 20 });
    }
    if (i % 3 === 0) (g.potentials ??= []).push({ companyId: cid(i), annualTurnover: 1e6, image: 3, walletEstimate: 5e4 });
    // account management (docs/plans.md): every 5th company has two competitors' positions, a partner, and a plan
    // of two versions with two activities, so each has as many at any size
    if (i % 5 === 0) {
      for (const area of ['A', 'B']) (g.competesAt ??= []).push({ companyId: cid(i + 1), accountId: cid(i), area, estimatedShare: 0.1 });
      (g.partnersAt ??= []).push({ companyId: cid(i + 2), accountId: cid(i), area: 'P' });
      for (const version of [1, 2]) (g.plans ??= []).push(planVersion(cid(i), 2026, version, {}));
      for (const k of [1, 2]) (g.activities ??= []).push({ id: `a${i}-${k}`, planId: `${cid(i)}/2026`, addedIn: k, title: 't', dueAt: '2026-06-01', status: 'OPEN', ownerId: pid(i) });
    }
  }
  return g;
}

/**
 * One change of every kind and variant (created or not, with and without a
 * previous link), all touching the same few ids, which exist in both graphs
 * with the same neighbourhoods.
 */
const CHANGES: Change[] = [
  { kind: 'company.upserted', company: fullCompany('new-c'), created: true },
  { kind: 'company.upserted', company: fullCompany('c3', { name: 'Renamed' }), created: false },
  { kind: 'person.upserted', person: fullPerson('new-p'), created: true },
  { kind: 'person.upserted', person: barePerson('p42'), created: false },
  { kind: 'employment.set', personId: 'new-p', companyId: 'c3', title: null, since: null, previousCompanyId: null },
  { kind: 'employment.set', personId: 'p45', companyId: 'c4', title: 'X', since: '2021-01-01', previousCompanyId: 'c45' },
  { kind: 'employment.removed', personId: 'p46', companyId: 'c46' },
  { kind: 'parent.set', unitId: 'new-c', parentId: 'c3', previousParentId: null },
  { kind: 'parent.set', unitId: 'c5', parentId: 'c2', previousParentId: 'c4' },
  { kind: 'parent.removed', unitId: 'c7', parentId: 'c6' },
  { kind: 'manager.set', personId: 'new-p', managerId: 'p42', since: null, previousManagerId: null },
  { kind: 'manager.set', personId: 'p43', managerId: 'p41', since: '2022-02-02', previousManagerId: 'p42' },
  { kind: 'manager.removed', personId: 'p44', managerId: 'p43' },
  { kind: 'influence.upserted', fromId: 'p42', toId: 'p44', strength: 0.5, note: 'n', since: null, created: true },
  { kind: 'influence.upserted', fromId: 'p50', toId: 'p57', strength: 1, note: null, since: '2020-01-01', created: false },
  { kind: 'influence.removed', fromId: 'p51', toId: 'p58' },
  { kind: 'knows.upserted', fromId: 'p42', toId: 'p60', strength: 0.25, lastContactAt: null, since: '2020-01-01', created: true },
  { kind: 'knows.upserted', fromId: 'p61', toId: 'p63', strength: 1, lastContactAt: '2026-02-02', since: null, created: false },
  { kind: 'knows.removed', fromId: 'p62', toId: 'p64' },
  { kind: 'team.upserted', personId: 'p42', companyId: 'c3', role: null, created: true },
  { kind: 'team.upserted', personId: 'p50', companyId: 'c51', role: 'SPECIALIST', created: false },
  { kind: 'team.removed', personId: 'p0', companyId: 'c1' },
  { kind: 'interaction.upserted', interaction: { id: 'new-i', kind: 'EMAIL', at: '2026-02-02', direction: 'OUTBOUND', level: null, subject: null, accountId: 'c3', participantIds: ['p42', 'p43', 'p44'] }, created: true },
  { kind: 'interaction.upserted', interaction: { id: 'i40', kind: 'MEETING', at: '2026-02-03', direction: null, level: 'STRATEGIC', subject: 'x', accountId: 'c5', participantIds: ['p41', 'p45'] }, created: false },
  { kind: 'interaction.removed', id: 'i50' },
  { kind: 'potential.set', potential: { companyId: 'c3', annualTurnover: 2e6, image: 4, walletEstimate: null } },
  { kind: 'product.upserted', product: { id: 'new-r', name: 'New', family: 'f1', launchedAt: '2026-01-01', listPrice: 5 }, created: true },
  { kind: 'product.upserted', product: { id: 'r3', name: 'Renamed', family: 'f2', launchedAt: null, listPrice: 11 }, created: false },
  { kind: 'sale.upserted', sale: { accountId: 'c3', productId: 'new-r', period: '2025-05', revenue: 50, volume: 5, listRevenue: null, contributionMargin: 10 }, created: true },
  { kind: 'sale.upserted', sale: { accountId: 'c4', productId: 'r20', period: '2025-02', revenue: 60, volume: 6, listRevenue: 70, contributionMargin: null }, created: false },
  { kind: 'sale.removed', accountId: 'c5', productId: 'r25', period: '2025-03' },
  { kind: 'competitor.upserted', link: { companyId: 'c7', accountId: 'c3', area: 'A', estimatedShare: 0.2 }, created: true },
  { kind: 'competitor.upserted', link: { companyId: 'c6', accountId: 'c5', area: 'A', estimatedShare: 0.3 }, created: false },
  { kind: 'competitor.removed', companyId: 'c6', accountId: 'c5', area: 'B' },
  { kind: 'partner.added', link: { companyId: 'c9', accountId: 'c3', area: 'P' } },
  { kind: 'partner.removed', companyId: 'c7', accountId: 'c5', area: 'P' },
  { kind: 'plan.versioned', version: planVersion('c5', 2026, 3, {}) },
  { kind: 'plan.versioned', version: planVersion('c3', 2026, 1, {}) },
  { kind: 'activity.upserted', activity: { id: 'new-a', planId: 'c5/2026', addedIn: 3, title: 'new', dueAt: '2026-07-01', status: 'OPEN', ownerId: 'p42' }, created: true },
  { kind: 'activity.upserted', activity: { id: 'a5-1', planId: 'c5/2026', addedIn: 1, title: 'done', dueAt: '2026-06-01', status: 'DONE', ownerId: 'p43' }, created: false },
  { kind: 'activity.removed', id: 'a5-2' },
  { kind: 'plan.removed', planId: 'c15/2026', accountId: 'c15', versions: 2 },
  // signals (docs/decisions.md "Signals and escalation"): a new one with its people, then its acknowledgement
  { kind: 'signal.upserted', signal: { id: 'new-s', kind: 'DISSATISFACTION', at: '2026-02-02T10:00:00.000Z', severity: 2, text: 'x', acknowledgedAt: null, actedAt: null, accountId: 'c3', raisedById: 'p43', reportedById: 'p42', acknowledgedById: null }, created: true },
  { kind: 'signal.upserted', signal: { id: 'new-s', kind: 'DISSATISFACTION', at: '2026-02-02T10:00:00.000Z', severity: 2, text: 'x', acknowledgedAt: '2026-02-02T12:00:00.000Z', actedAt: null, accountId: 'c3', raisedById: 'p43', reportedById: 'p42', acknowledgedById: 'p41' }, created: false },
  { kind: 'sale.removed', accountId: 'c3', productId: 'new-r', period: '2025-05' },
  { kind: 'product.removed', id: 'new-r' },
  { kind: 'person.removed', id: 'p70' },
  { kind: 'company.removed', id: 'new-c' },
];

/** Runs each change's statement under PROFILE on a raw connection, in order. */
async function profileAll(path: string): Promise<Map<string, PlanOperator[]>> {
  const queries = loadQueries('ladybug');
  const db = new lbug.Database(path, 0, true, false, 2 ** 34);
  const conn = new lbug.Connection(db);
  const out = new Map<string, PlanOperator[]>();
  try {
    for (const c of CHANGES) {
      for (const s of plan([c])) {
        const ps = await conn.prepare(`PROFILE ${queries.get(s.query)}`);
        if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
        const res = await conn.execute(ps, s.params as Record<string, any>);
        const rows = (Array.isArray(res) ? res[res.length - 1] : res).getAllSync();
        out.set(`${c.kind} → ${s.query}`, parsePlan(String(Object.values(rows[0])[0])));
      }
    }
  } finally {
    conn.closeSync();
    db.closeSync();
  }
  return out;
}

async function loadFile(dir: string, name: string, g: GraphData): Promise<string> {
  const path = join(dir, name, 'db.lbug');
  const store = new LadybugStore({ path });
  await store.init();
  await store.bulkLoad(g);
  await store.close();
  return path;
}

describe('point writes do not grow with the graph (LadybugDB PROFILE row counts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kamgraph-growth-'));
  const SMALL = 2_000;
  const LARGE = 20_000;
  let small: Map<string, PlanOperator[]>;
  let large: Map<string, PlanOperator[]>;
  let mergeSmall: number;
  let mergeLarge: number;

  beforeAll(async () => {
    const [s, l] = await Promise.all([loadFile(dir, 's', uniformGraph(SMALL)), loadFile(dir, 'l', uniformGraph(LARGE))]);
    small = await profileAll(s);
    large = await profileAll(l);
    // the check can fail: an index-free MERGE of one KNOWS link does scan
    const merge = async (path: string) => {
      const db = new lbug.Database(path, 0, true, false, 2 ** 34);
      const conn = new lbug.Connection(db);
      const ps = await conn.prepare(`PROFILE ${loadQueries('ladybug').get('knows.merge')}`);
      const res = await conn.execute(ps, { rows: [{ fromId: 'p1', toId: 'p2', strength: 0.5, lastContactAt: null, since: null }] });
      const rows = (Array.isArray(res) ? res[0] : res).getAllSync();
      conn.closeSync();
      db.closeSync();
      return rowsTouched(parsePlan(String(Object.values(rows[0])[0])));
    };
    mergeSmall = await merge(s);
    mergeLarge = await merge(l);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('covers every statement writeChanges issues for a single change (graph.clear excepted)', () => {
    const issued = new Set(CHANGES.flatMap((c) => plan([c]).map((s) => s.query)));
    const names = [...loadQueries('ladybug').keys()].filter((q) => /\.(create|update|replace|remove)$/.test(q));
    expect(names.filter((q) => !issued.has(q))).toEqual([]);
  });

  it('each statement touches as many rows on a 10× larger graph as on the small one', () => {
    const grown: string[] = [];
    for (const [key, opsSmall] of small) {
      const opsLarge = large.get(key)!;
      const a = rowsTouched(opsSmall);
      const b = rowsTouched(opsLarge);
      // PRINT_PLANS=1 shows what docs/store-plans.md quotes
      if (process.env.PRINT_PLANS) console.log(`${key}: ${a} rows (${SMALL} people), ${b} rows (${LARGE} people)\n${summarisePlan(opsLarge)}\n`);
      if (b > a * 1.5 + 10) grown.push(`${key}: ${a} → ${b} rows\n${summarisePlan(opsLarge)}`);
      // no operator produced more rows than a node's neighbourhood holds
      const biggest = Math.max(...opsLarge.map((o) => o.rows));
      if (biggest > 50) grown.push(`${key}: an operator produced ${biggest} rows\n${summarisePlan(opsLarge)}`);
    }
    expect(grown).toEqual([]);
  });

  it('the check can fail: an index-free MERGE grows with the graph', () => {
    expect(mergeLarge).toBeGreaterThan(mergeSmall * 5);
  });
});
