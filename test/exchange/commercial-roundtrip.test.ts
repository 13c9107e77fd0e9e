import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { createServices, type UnrestrictedServices } from '../../src/context.js';
import { bundleFiles } from '../../src/exchange/bundle-writer.js';
import { graphml, jsonLines, oursOf, selectAccount, selectAll } from '../../src/exchange/exporter.js';
import { runImport } from '../../src/exchange/importer.js';
import { memorySource } from '../../src/exchange/reader.js';
import { generateGraph } from '../../src/generator/generate.js';
import { loadGraph } from '../../src/generator/load.js';
import { commercialGraph } from '../../src/readmodel/read-graph.js';
import { ReadModel } from '../../src/readmodel/read-model.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { memoryStore, TODAY } from '../support/app.js';

/**
 * products.csv, sales.csv and the potential columns of companies.csv
 * (docs/commercial.md "In the bundle"): export → import reproduces them
 * exactly, a second import changes nothing, a changed row updates only what
 * it changes, and an account's export carries its units' sales.
 */
const open: { store: LadybugStore; services: UnrestrictedServices }[] = [];
async function fresh() {
  const store = await memoryStore();
  const services = createServices(store, { defaults: DEFAULT_ANALYTICS });
  open.push({ store, services });
  return { store, services };
}
afterEach(async () => {
  for (const { store, services } of open.splice(0)) {
    await services.close();
    await store.close();
  }
});
// signals, plans and activities are not part of the bundle (DESIGN §8; docs/plans.md "In the bundle")
const demo = () => { const { signals: _signals, plans: _plans, activities: _activities, ...g } = generateGraph('demo', 42, new Date(`${TODAY}T00:00:00Z`)); return g; };

describe('the commercial part of the bundle', () => {
  it('round-trips products, sales and potential inputs exactly; a second import changes nothing', async () => {
    const a = await fresh();
    const graph = demo();
    await loadGraph(a.store, graph);
    const ga = await a.services.readModel.ready();
    const files = bundleFiles(ga, selectAll(ga));
    expect(files['products.csv'].split('\n')[0]).toBe('id,name,family,launchedAt,listPrice');
    expect(files['sales.csv'].split('\n')[0]).toBe('accountId,productId,period,revenue,volume,listRevenue,contributionMargin');
    expect(files['companies.csv'].split('\n')[0]).toBe('id,name,kind,unitLevel,country,segment,isKeyAccount,tier,parentId,annualTurnover,image,walletEstimate');
    // every product, every sale (one line each, the header aside)
    expect(files['products.csv'].trim().split('\n')).toHaveLength(graph.products!.length + 1);
    expect(files['sales.csv'].trim().split('\n')).toHaveLength(graph.sales!.length + 1);

    const b = await fresh();
    const first = await runImport(b.services.writer, memorySource(files));
    expect(first.problems).toEqual([]);
    expect(first.mode).toBe('bulk');
    expect(first.summary.sales).toEqual({ created: graph.sales!.length, updated: 0, unchanged: 0, rejected: 0 });
    const gb = await b.services.readModel.ready();
    expect(ReadModel.diff(ga as ReadModel, gb as ReadModel)).toBeNull();
    const rebuilt = createServices(b.store, { defaults: DEFAULT_ANALYTICS });
    expect(ReadModel.diff(ga as ReadModel, (await rebuilt.readModel.ready()) as ReadModel)).toBeNull();

    const again = await runImport(b.services.writer, memorySource(files));
    expect(again.problems).toEqual([]);
    expect(again.written).toBe(false);
    expect(again.summary.products).toEqual({ created: 0, updated: 0, unchanged: graph.products!.length, rejected: 0 });
    expect(again.summary.sales).toEqual({ created: 0, updated: 0, unchanged: graph.sales!.length, rejected: 0 });
  });

  it('into a store that has them: a changed sale and a changed potential are updates, absent columns keep their values', async () => {
    const a = await fresh();
    await loadGraph(a.store, demo());
    const g = commercialGraph(await a.services.readModel.ready());
    const s = g.sale(0);
    const r = await runImport(a.services.writer, memorySource({
      // no listRevenue and no contributionMargin column: both kept
      'sales.csv': `accountId,productId,period,revenue,volume\n${s.accountId},${s.productId},${s.period},${s.revenue + 1},${s.volume}\n`,
      // only the image column: turnover and wallet kept; g1's image becomes 5
      'companies.csv': 'id,name,kind,image\ng1,Nordhafen Logistics Group,CUSTOMER,5\n',
      'products.csv': 'id,name,family\nP0001,Fastener Flex 1,Fasteners\nNEW-1,New one,Gadgets\n',
    }));
    expect(r.problems).toEqual([]);
    expect(r.mode).toBe('changes');
    expect(r.summary.sales).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });
    expect(r.summary.companies).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });
    // P0001's launch date and list price are not in the file: kept, so unchanged; NEW-1 is new
    expect(r.summary.products).toEqual({ created: 1, updated: 0, unchanged: 1, rejected: 0 });
    const after = commercialGraph(await a.services.readModel.ready());
    const x = after.saleIndex(s.accountId, s.productId, s.period);
    expect(after.sale(x)).toEqual({ ...s, revenue: s.revenue + 1 });
    const before = g.potential(g.companyIndex('g1'));
    expect(after.potential(after.companyIndex('g1'))).toEqual({ ...before, image: 5 });
    expect(after.families()).toContain('Gadgets');
    // and the store holds the same
    const rebuilt = createServices(a.store, { defaults: DEFAULT_ANALYTICS });
    expect(ReadModel.diff(after as unknown as ReadModel, (await rebuilt.readModel.ready()) as ReadModel)).toBeNull();
  });

  it('an account export carries its units\' sales and the catalogue, and imports on its own', async () => {
    const a = await fresh();
    const graph = demo();
    await loadGraph(a.store, graph);
    const g = await a.services.readModel.ready();
    const s = selectAccount(g, 'g1')!;
    const files = bundleFiles(g, s);
    const mine = graph.sales!.filter((x) => x.accountId === 'g1' || x.accountId.startsWith('g1-'));
    expect(mine.length).toBeGreaterThan(0);
    expect(files['sales.csv'].trim().split('\n')).toHaveLength(mine.length + 1);
    const b = await fresh();
    const r = await runImport(b.services.writer, memorySource(files));
    expect(r.problems).toEqual([]);
    const gb = commercialGraph(await b.services.readModel.ready());
    expect(gb.saleCount).toBe(mine.length);
    expect(gb.productCount).toBe(graph.products!.length);
  });

  it('GraphML and JSON lines carry products and sales with BOUGHT and OF, and companies\' potential inputs', async () => {
    const a = await fresh();
    await loadGraph(a.store, demo());
    const g = await a.services.readModel.ready();
    const s = selectAccount(g, 'g1')!;
    const lines = [...jsonLines(g, s, oursOf(g))].join('').trim().split('\n').map((l) => JSON.parse(l));
    const sale = lines.find((l) => l.label === 'Sale');
    expect(sale).toMatchObject({ type: 'node', label: 'Sale' });
    expect(sale.id).toMatch(/^g1[^/]*\/P\d{4}\/\d{4}-\d{2}$/);
    expect(lines.some((l) => l.rel === 'BOUGHT' && l.to === sale.id)).toBe(true);
    expect(lines.some((l) => l.rel === 'OF' && l.from === sale.id)).toBe(true);
    expect(lines.filter((l) => l.label === 'Product')).toHaveLength(commercialGraph(g).productCount);
    const g1 = lines.find((l) => l.id === 'g1');
    expect(g1).toHaveProperty('walletEstimate');
    const xml = [...graphml(g, s, oursOf(g))].join('');
    expect(xml).toContain('attr.name="revenue" attr.type="double"');
    expect(xml).toContain('<data key="n_label">Sale</data>');
  });
});
