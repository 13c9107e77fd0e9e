import { describe, expect, it } from 'vitest';
import { Adjacency, LinkBuffer } from '../../src/readmodel/adjacency.js';

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
