import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import type { GraphData } from '../../src/domain/graph-data.js';
import { accountRoots } from '../../src/domain/terms.js';
import { inForce, type Relationship } from '../../src/domain/in-force.js';
import { generateGraph } from '../../src/generator/generate.js';
import { CoverageService } from '../../src/modules/coverage/coverage.service.js';
import { InfluenceService } from '../../src/modules/influence/influence.service.js';
import { ReadModel } from '../../src/readmodel/read-model.js';
import { TODAY } from '../support/app.js';

/**
 * docs/definitions.md "Point in time": an analytic asked for a past date
 * answers from the record. Checked against an independent construction:
 * the rows that existed on that day (people employed by then and not yet
 * gone, links whose since is not later, interactions not later, a
 * lastContactAt not later), judged on that day, must give the same
 * coverage and risks as the whole graph judged at that date.
 */
function recordAt(data: GraphData, day: string): GraphData {
  const existed = (since: string | null) => since === null || since <= day;
  const employedSince = new Map(data.worksAt.map((w) => [w.personId, w.since]));
  return {
    ...data,
    people: data.people.map((p) => {
      const there = (p.active || (p.leftAt !== null && p.leftAt > day)) && existed(employedSince.get(p.id) ?? null);
      return { ...p, active: there, leftAt: there ? null : p.leftAt };
    }),
    reportsTo: data.reportsTo.filter((r) => existed(r.since)),
    influences: data.influences.filter((r) => existed(r.since)),
    knows: data.knows.filter((k) => existed(k.since)).map((k) => ({ ...k, lastContactAt: k.lastContactAt !== null && k.lastContactAt <= day ? k.lastContactAt : null })),
    interactions: (data.interactions ?? []).filter((x) => x.at <= day),
  };
}

function services(g: ReadModel) {
  const source = { ready: async () => g };
  const influence = new InfluenceService(source, DEFAULT_ANALYTICS);
  return new CoverageService(source, DEFAULT_ANALYTICS, (x, c, w, l) => influence.successors(x, c, w, l));
}

const daysBefore = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

describe.each([1, 2])('point in time on a generated demo graph (seed %i)', (seed) => {
  const data = generateGraph('demo', seed, new Date(`${TODAY}T00:00:00Z`));
  const whole = services(ReadModel.fromData(data));

  it('has interactions, some of them before each date below (else the check would prove little)', () => {
    expect(data.interactions!.length).toBeGreaterThan(3000);
    expect(data.interactions!.filter((x) => x.at <= daysBefore(TODAY, 365)).length).toBeGreaterThan(300);
  });

  it('walks every person\'s relationships in force as `relationships` lists them, on both sides, whether read from the packed copy (interaction pairs) or straight from the KNOWS links (none)', () => {
    const g = ReadModel.fromData(data);
    let typedOnly = 0;
    let withPairs = 0;
    for (const back of [0, 200]) {
      const v = inForce(g, daysBefore(TODAY, back), DEFAULT_ANALYTICS.strength);
      for (let p = 0; p < g.personCount; p++) {
        for (const dir of [0, 1] as const) {
          const want = v.relationships(p, dir);
          const got: Relationship[] = [];
          const collect = (other: number, strength: number, lastContact: number, since: number) => got.push({ other, strength, lastContact, since } as Relationship);
          if (dir === 0) v.forEachKnowsOut(p, collect); else v.forEachKnowsIn(p, collect);
          expect(got).toEqual(want.map(({ other, strength, lastContact, since }) => ({ other, strength, lastContact, since })));
          if (dir === 0) for (const r of want) expect(v.knowsLink(p, r.other)).toEqual({ strength: r.strength, lastContact: r.lastContact, since: r.since });
          if (want.some((r) => r.source === 'DERIVED')) withPairs++; else if (want.length) typedOnly++;
        }
      }
    }
    // both paths were exercised
    expect(typedOnly).toBeGreaterThan(5);
    expect(withPairs).toBeGreaterThan(100);
  });

  for (const back of [0, 45, 200, 365]) {
    const day = daysBefore(TODAY, back);
    it(`${back} days back (${day}): coverage and risks equal those of the rows that existed then`, async () => {
      const then = services(ReadModel.fromData(recordAt(data, day)));
      const ids = accountRoots(ReadModel.fromData(data)).map((c) => c.id);
      let holders = 0;
      for (const id of ids) {
        const a = await whole.decisionMakerCoverage(id, { asOf: day });
        const b = await then.decisionMakerCoverage(id, { asOf: day });
        expect(a.overall, `${id} on ${day}`).toEqual(b.overall);
        expect(a.byUnit, `${id} on ${day}`).toEqual(b.byUnit);
        const hs = (r: typeof a) => r.decisionMakers.map((d) => [d.contact.id, d.holders.map((h) => [h.person.id, h.strength, h.lastContactAt])]);
        expect(hs(a)).toEqual(hs(b));
        holders += a.decisionMakers.reduce((s, d) => s + d.holders.length, 0);
      }
      expect(holders, 'some decision makers are covered that day').toBeGreaterThan(5);
      const ra = await whole.singleContactRisks(null, { asOf: day, includeInfluencers: true });
      const rb = await then.singleContactRisks(null, { asOf: day, includeInfluencers: true });
      expect(ra.items.map((r) => [r.contact.id, r.holder.person.id, r.severity])).toEqual(rb.items.map((r) => [r.contact.id, r.holder.person.id, r.severity]));
    });
  }

  it('an interaction dated after asOf changes nothing at asOf, and does change today', async () => {
    const g = ReadModel.fromData(data);
    const cov = services(g);
    const day = daysBefore(TODAY, 200);
    const account = 'g1';
    const before = await cov.decisionMakerCoverage(account, { asOf: day });
    const todayBefore = await cov.decisionMakerCoverage(account, { asOf: TODAY });
    // a strategic meeting of one of ours with every decision maker of g1, the day after `day`
    const dms = todayBefore.decisionMakers.map((d) => d.contact.id);
    g.apply({
      kind: 'interaction.upserted', created: true,
      interaction: { id: 'late', kind: 'MEETING', at: daysBefore(day, -1), direction: null, level: 'STRATEGIC', subject: null, accountId: account, participantIds: ['u-1', ...dms].sort() },
    });
    const after = await cov.decisionMakerCoverage(account, { asOf: day });
    expect(after.overall).toEqual(before.overall);
    expect(after.decisionMakers).toEqual(before.decisionMakers);
    // today the meeting (200 days old) adds to every decision maker's pair with u-1
    const todayAfter = await cov.decisionMakerCoverage(account, { asOf: TODAY });
    const strengthOf = (r: typeof before, c: string) => r.decisionMakers.find((d) => d.contact.id === c)!.holders.find((h) => h.person.id === 'u-1')?.strength ?? 0;
    expect(dms.some((c) => strengthOf(todayAfter, c) > strengthOf(todayBefore, c))).toBe(true);
  });
});
