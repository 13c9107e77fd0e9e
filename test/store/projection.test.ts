import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/context.js';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { rng } from '../../src/generator/generate.js';
import { GraphProjection, MIRRORED_WRITES } from '../../src/projection/graph-projection.js';
import type { GraphStore } from '../../src/store/index.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { listQueryFiles } from '../../src/store/queries.js';
import { demoStore } from '../support/app.js';

/** Everything the projection holds, as sorted text, to compare two projections. */
function snapshot(g: GraphProjection): string[] {
  const out: string[] = [];
  for (const [id, p] of g.persons) out.push(`P ${id} ${JSON.stringify(p)}`);
  for (const [id, c] of g.companies) out.push(`C ${id} ${JSON.stringify(c)}`);
  const links = { employers: g.employers, staff: g.staff, parents: g.parents, units: g.units, managers: g.managers, reports: g.reports };
  for (const [name, m] of Object.entries(links)) for (const [a, bs] of m) for (const b of bs) out.push(`${name} ${a} ${b}`);
  const weighted = { knowsOut: g.knowsOut, knowsIn: g.knowsIn, influencesOut: g.influencesOut, influencesIn: g.influencesIn };
  for (const [name, m] of Object.entries(weighted)) for (const [a, bs] of m) for (const [b, e] of bs) out.push(`${name} ${a} ${b} ${JSON.stringify(e)}`);
  return out.sort();
}

describe('analytics projection', () => {
  let store: LadybugStore;
  beforeAll(async () => ({ store } = await demoStore('demo', 5)));
  afterAll(async () => store?.close());

  it('mirrors every write query in cypher/', () => {
    const writes = listQueryFiles().filter((f) => /\b(MERGE|CREATE|DELETE|SET)\b/.test(f.text)).map((f) => f.name).sort();
    expect(writes.filter((w) => !MIRRORED_WRITES.includes(w))).toEqual([]);
  });

  it('stays equal to a fresh build from the store through a random sequence of mutations', async () => {
    const services = createServices(store, { defaults: DEFAULT_ANALYTICS });
    const live = await services.projection.ready();
    const r = rng(99);
    const people = [...live.persons.keys()];
    const ours = people.filter((id) => id.startsWith('u-'));
    const contacts = people.filter((id) => !id.startsWith('u-'));
    const companies = [...live.companies.keys()].filter((id) => id !== 'sup');
    const attempt = async (f: () => Promise<unknown>) => f().catch(() => undefined); // refused writes are part of the test
    for (let i = 0; i < 150; i++) {
      const op = r.int(0, 9);
      const c = r.pick(contacts);
      if (op === 0) await attempt(() => services.relationship.upsertRelationship({ ourPersonId: r.pick(ours), contactId: c, strength: Math.round(r.next() * 100) / 100, lastContactAt: '2026-10-01' }));
      if (op === 1) await attempt(() => services.relationship.removeRelationship(r.pick(ours), c));
      if (op === 2) await attempt(() => services.relationship.upsertInfluence({ fromId: c, toId: r.pick(contacts), strength: 0.5 }));
      if (op === 3) await attempt(() => services.relationship.setManager({ personId: c, managerId: r.pick(contacts) }));
      if (op === 4) await attempt(() => services.relationship.setEmployer({ personId: c, companyId: r.pick(companies) }));
      if (op === 5) await attempt(() => services.person.upsert({ id: c, active: r.chance(0.5), buyingRole: r.pick(['DECISION_MAKER', 'USER'] as const) }));
      if (op === 6) await attempt(() => services.person.remove(r.pick(contacts)));
      if (op === 7) await attempt(() => services.relationship.setParentUnit({ unitId: r.pick(companies), parentId: r.pick(companies) }));
      if (op === 8) await attempt(() => services.company.upsert({ id: `new-${i}`, name: `New ${i}`, kind: 'CUSTOMER' }));
      if (op === 9) await attempt(() => services.relationship.removeManager(c));
    }
    const fresh = await new GraphProjection(store).ready();
    expect(snapshot(await services.projection.ready())).toEqual(snapshot(fresh));
  });

  it('picks up writes it was not told about (another process) at the periodic refresh, serving the old graph meanwhile', async () => {
    // a view of the store whose commits this projection never hears about, as with another API instance
    const deaf: GraphStore = { engine: store.engine, init: () => store.init(), read: (q, p) => store.read(q, p), write: (w) => store.write(w), onCommit: () => {}, roundTrips: 0, close: async () => {} };
    const projection = new GraphProjection(deaf, { refreshSeconds: 0.5 });
    await projection.ready();
    const id = [...projection.persons.keys()].find((p) => !p.startsWith('u-'))!;
    await store.write((tx) => tx.run('person.upsert', { rows: [{ ...projection.persons.get(id)!, name: 'Renamed Elsewhere' }] }));
    expect((await projection.ready()).persons.get(id)!.name).not.toBe('Renamed Elsewhere'); // not yet due
    await new Promise((r) => setTimeout(r, 600));
    // due now: ready() starts a rebuild in the background and answers at once from the current graph
    expect((await projection.ready()).persons.get(id)!.name).not.toBe('Renamed Elsewhere');
    for (let i = 0; i < 250 && projection.persons.get(id)!.name !== 'Renamed Elsewhere'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(projection.persons.get(id)!.name).toBe('Renamed Elsewhere');
  });
});
