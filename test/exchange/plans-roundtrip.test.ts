import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { createServices, type UnrestrictedServices } from '../../src/context.js';
import { bundleFiles } from '../../src/exchange/bundle-writer.js';
import { graphml, jsonLines, oursOf, selectAccount, selectAll } from '../../src/exchange/exporter.js';
import { runImport } from '../../src/exchange/importer.js';
import { memorySource } from '../../src/exchange/reader.js';
import { generateGraph } from '../../src/generator/generate.js';
import { loadGraph } from '../../src/generator/load.js';
import { managementGraph } from '../../src/readmodel/management-graph.js';
import { ReadModel } from '../../src/readmodel/read-model.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { memoryStore, TODAY } from '../support/app.js';

/**
 * competitors.csv and partners.csv (docs/plans.md "In the bundle"): export →
 * import reproduces the positions exactly, a second import changes nothing, a
 * changed share is an update, an account's export carries the competitors and
 * partners at it (with their companies), and GraphML / JSON lines carry
 * COMPETES_AT and PARTNERS_AT edges. Plans and activities are not in the bundle.
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
const demo = () => { const { signals: _s, plans: _p, activities: _a, ...g } = generateGraph('demo', 42, new Date(`${TODAY}T00:00:00Z`)); return g; };

describe('competitors and partners in the bundle', () => {
  it('round-trip exactly; a second import changes nothing; a changed share is an update', async () => {
    const a = await fresh();
    const graph = demo();
    expect(graph.competesAt!.length).toBeGreaterThan(10);
    expect(graph.partnersAt!.length).toBeGreaterThan(0);
    await loadGraph(a.store, graph);
    const ga = await a.services.readModel.ready();
    const files = bundleFiles(ga, selectAll(ga));
    expect(files['competitors.csv'].split('\n')[0]).toBe('competitorId,accountId,area,estimatedShare');
    expect(files['partners.csv'].split('\n')[0]).toBe('partnerId,accountId,area');
    expect(files['competitors.csv'].trim().split('\n')).toHaveLength(graph.competesAt!.length + 1);
    expect(files['partners.csv'].trim().split('\n')).toHaveLength(graph.partnersAt!.length + 1);

    const b = await fresh();
    const first = await runImport(b.services.writer, memorySource(files));
    expect(first.problems).toEqual([]);
    expect(first.mode).toBe('bulk');
    expect(first.summary.competitors).toEqual({ created: graph.competesAt!.length, updated: 0, unchanged: 0, rejected: 0 });
    const gb = await b.services.readModel.ready();
    expect(ReadModel.diff(ga as ReadModel, gb as ReadModel)).toBeNull();
    const rebuilt = createServices(b.store, { defaults: DEFAULT_ANALYTICS });
    expect(ReadModel.diff(ga as ReadModel, (await rebuilt.readModel.ready()) as ReadModel)).toBeNull();
    await rebuilt.close();

    const again = await runImport(b.services.writer, memorySource(files));
    expect(again.written).toBe(false);
    expect(again.summary.competitors).toEqual({ created: 0, updated: 0, unchanged: graph.competesAt!.length, rejected: 0 });
    expect(again.summary.partners).toEqual({ created: 0, updated: 0, unchanged: graph.partnersAt!.length, rejected: 0 });

    // one share changed (to unknown), one new area; without the estimatedShare column a stored share is kept
    const x = graph.competesAt!.find((c) => c.estimatedShare !== null)!;
    const changed = await runImport(b.services.writer, memorySource({
      'competitors.csv': `competitorId,accountId,area,estimatedShare\n${x.companyId},${x.accountId},${x.area},\n${x.companyId},${x.accountId},Brand new area,0.01\n`,
    }));
    expect(changed.problems).toEqual([]);
    expect(changed.summary.competitors).toEqual({ created: 1, updated: 1, unchanged: 0, rejected: 0 });
    const m = managementGraph(await b.services.readModel.ready());
    expect(m.competitorShare(m.companyIndex(x.companyId), m.companyIndex(x.accountId), x.area)).toBeNull();
    const kept = await runImport(b.services.writer, memorySource({ 'competitors.csv': `competitorId,accountId,area\n${x.companyId},${x.accountId},Brand new area\n` }));
    expect(kept.summary.competitors).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: 0 });
  });

  it('an account export carries the competitors and partners at it, with their companies, and imports on its own', async () => {
    const a = await fresh();
    const graph = demo();
    await loadGraph(a.store, graph);
    const g = await a.services.readModel.ready();
    const account = graph.partnersAt![0].accountId;
    const files = bundleFiles(g, selectAccount(g, account)!);
    const units = new Set(graph.companies.filter((c) => c.id === account || c.id.startsWith(`${account}-`)).map((c) => c.id));
    const mine = graph.competesAt!.filter((c) => units.has(c.accountId));
    expect(files['competitors.csv'].trim().split('\n')).toHaveLength(mine.length + 1);
    for (const c of mine) expect(files['companies.csv']).toContain(`${c.companyId},`);
    const b = await fresh();
    const r = await runImport(b.services.writer, memorySource(files));
    expect(r.problems).toEqual([]);
    expect(r.summary.competitors?.created).toBe(mine.length);
    expect(r.summary.partners?.created).toBe(graph.partnersAt!.filter((c) => units.has(c.accountId)).length);

    const lines = [...jsonLines(g, selectAll(g), oursOf(g))].join('').trim().split('\n').map((l) => JSON.parse(l));
    const edge = lines.find((l) => l.rel === 'COMPETES_AT');
    expect(edge).toMatchObject({ type: 'edge', rel: 'COMPETES_AT' });
    expect(edge).toHaveProperty('area');
    expect(lines.filter((l) => l.rel === 'PARTNERS_AT')).toHaveLength(graph.partnersAt!.length);
    const xml = [...graphml(g, selectAll(g), oursOf(g))].join('');
    expect(xml).toContain('attr.name="estimatedShare" attr.type="double"');
    expect(xml).toContain('<data key="e_type">COMPETES_AT</data>');
  });
});
