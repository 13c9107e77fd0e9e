import { describe, expect, it } from 'vitest';
import { strongestFromWanted, strongestPaths, type PathOptions } from '../../src/modules/influence/influence.paths.js';
import { ReadModel } from '../../src/readmodel/read-model.js';
import { pathsGraph } from '../support/paths-fixture.js';

/**
 * Ties in the path searches go by person id, not by the read model's
 * internal index (docs/definitions.md "Influence path"): the searches walk person
 * indexes, and here the indexes run against the ids (people are inserted in
 * the reverse of id order), so a search that broke ties by index would
 * answer differently.
 *
 *   u-b ─KNOWS 0.5─ T      u-a ─KNOWS 0.5─ T          both 0.5, one hop: u-a < u-b
 *   X ─KNOWS 0.8─ M2 ─INFLUENCES 0.5─▶ Y               0.8·0.5 = 0.4
 *   X ─KNOWS 0.8─ M1 ─INFLUENCES 0.5─▶ Y               0.8·0.5 = 0.4, ties: [X, M1, Y] < [X, M2, Y]
 */
function tiesFixture() {
  return pathsGraph({
    people: ['Y', 'X', 'u-b', 'u-a', 'T', 'M2', 'M1'],
    ours: ['u-b', 'u-a'],
    influences: [['M2', 'Y', 0.5], ['M1', 'Y', 0.5]],
    knows: [['u-b', 'T', 0.5], ['u-a', 'T', 0.5], ['X', 'M2', 0.8], ['X', 'M1', 0.8]],
  });
}

const o: PathOptions = { maxHops: 4, kinds: ['KNOWS', 'INFLUENCES', 'REPORTS_TO'], minStrength: 0, formalStrength: 0.8 };

describe('path searches break ties by person id', () => {
  const g = ReadModel.fromData(tiesFixture());

  it('the fixture indexes people against id order (else this test proves nothing)', () => {
    expect(g.personIndex('u-b')).toBeLessThan(g.personIndex('u-a'));
    expect(g.personIndex('M2')).toBeLessThan(g.personIndex('M1'));
  });

  it('strongestFromWanted: of two of ours at 0.5 and one hop each, the smaller id comes first', () => {
    const ours = { has: (id: string) => id.startsWith('u-') };
    expect(strongestFromWanted(g, 'T', o, ours, 1).map((f) => f.id)).toEqual(['u-a']);
    expect(strongestFromWanted(g, 'T', o, ours, 2).map((f) => [f.id, f.path.strength])).toEqual([['u-a', 0.5], ['u-b', 0.5]]);
  });

  it('strongestPaths: two paths of 0.8·0.5 = 0.4 and two hops, the one through the smaller id first', () => {
    expect(strongestPaths(g, 'X', 'Y', 1, o).map((p) => p.nodes)).toEqual([['X', 'M1', 'Y']]);
    const both = strongestPaths(g, 'X', 'Y', 2, o);
    expect(both.map((p) => [p.nodes, p.strength])).toEqual([[['X', 'M1', 'Y'], 0.4], [['X', 'M2', 'Y'], 0.4]]);
  });

  it('an excluded person is never on a path, by id, whatever its index', () => {
    expect(strongestPaths(g, 'X', 'Y', 2, { ...o, exclude: new Set(['M1']) }).map((p) => p.nodes)).toEqual([['X', 'M2', 'Y']]);
    const ours = { has: (id: string) => id.startsWith('u-') };
    expect(strongestFromWanted(g, 'T', { ...o, exclude: new Set(['u-a']) }, ours, 2).map((f) => f.id)).toEqual(['u-b']);
  });
});
