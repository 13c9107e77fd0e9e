import { describe, expect, it } from 'vitest';
import { Adjacency, LinkBuffer } from '../../src/readmodel/adjacency.js';
import fc from 'fast-check';

describe('CSR adjacency with an overlay', () => {
  it('keeps every link through compaction into shared arrays, also for nodes past a gap beyond the base', () => {
    const buf = new LinkBuffer({ f: true }, 4);
    buf.push(0, 1, 0.5);
    buf.push(1, 0, 0.25);
    const adj = new Adjacency({ f: true }, buf.build(2, false));
    adj.set(5, 0, 0.75); // node 5: no node 2..4 has links, none of them is in the overlay
    adj.set(0, 1, 0.6); // an update in place
    const base = adj.sharedBase();
    expect(base.dst.buffer).toBeInstanceOf(SharedArrayBuffer);
    const links = (v: number) => { const out: [number, number][] = []; adj.forEach(v, (w, f) => out.push([w, f])); return out; };
    expect(links(0)).toEqual([[1, 0.6]]);
    expect(links(1)).toEqual([[0, 0.25]]);
    expect(links(5)).toEqual([[0, 0.75]]);
    expect(adj.size).toBe(3);
  });
});

describe('sorted adjacency (KNOWS)', () => {
  it('yields every node\'s links in ascending target order, equal to a plain map, through bulk builds with repeats, sets, removals, clears and compactions', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.nat(7), fc.nat(9), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 40 }),
      fc.array(fc.tuple(fc.constantFrom('set', 'remove', 'clear', 'compact'), fc.nat(9), fc.nat(9), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 60 }),
      (bulk, ops) => {
        const want = new Map<number, Map<number, number>>();
        const row = (v: number) => want.get(v) ?? want.set(v, new Map()).get(v)!;
        const buf = new LinkBuffer({ f: true, sorted: true }, 2);
        for (const [v, w, f] of bulk) { buf.push(v, w, f); row(v).set(w, f); } // a later repeat replaces an earlier one
        const adj = new Adjacency({ f: true, sorted: true }, buf.build(8, false));
        const saved = Adjacency.minCompact;
        Adjacency.minCompact = 4; // compaction happens within the sequence
        try {
          for (const [op, v, w, f] of ops) {
            if (op === 'set') { adj.set(v, w, f); row(v).set(w, f); }
            else if (op === 'remove') { adj.remove(v, w); row(v).delete(w); }
            else if (op === 'clear') { adj.clear(v); row(v).clear(); }
            else adj.compact();
          }
        } finally {
          Adjacency.minCompact = saved;
        }
        for (let v = 0; v < 10; v++) {
          const got: [number, number][] = [];
          adj.forEach(v, (w, f) => got.push([w, f]));
          const expected = [...(want.get(v) ?? new Map<number, number>()).entries()].sort((a, b) => a[0] - b[0]);
          expect(got).toEqual(expected);
        }
      },
    ));
  });
});
