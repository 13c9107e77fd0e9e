/**
 * One kind of link from a set of nodes (by index) to another, with optional
 * per-link columns: `f` a float (a strength), `a` and `b` two Int32 values
 * (dates as day numbers), `s` a string (a note, a title, a role).
 *
 * Storage is compressed sparse rows (CSR): `off[v]..off[v+1]` index the links
 * of node v in flat typed arrays, so a link costs 4 bytes for its target plus
 * its columns, and no object per link. CSR cannot grow in place, so nodes
 * changed since the last compaction keep their whole link list in `over`
 * (a Map of small arrays); once the overlay holds more than a quarter of the
 * links, `compact()` folds it back into fresh arrays. Readers see one list
 * per node either way.
 *
 * The typed arrays may live in SharedArrayBuffers (`shared`), so that worker
 * threads can read the same base without copying it.
 */
export interface LinkColumns {
  f?: boolean;
  a?: boolean;
  b?: boolean;
  s?: boolean;
  /**
   * Keep every node's links in ascending target order (in the base and the
   * overlay alike). KNOWS uses it: the relationships in force are walked in
   * that order (src/domain/in-force.ts), so they can be read straight from
   * the base instead of a sorted copy per person.
   */
  sorted?: boolean;
}

/** One link as the overlay keeps it. */
export interface Link {
  w: number;
  f: number;
  a: number;
  b: number;
  s: string | null;
}

export type LinkVisitor = (w: number, f: number, a: number, b: number, s: string | null) => void;

function i32(n: number, shared: boolean): Int32Array {
  return shared ? new Int32Array(new SharedArrayBuffer(Math.max(1, n) * 4), 0, n) : new Int32Array(n);
}
function f64(n: number, shared: boolean): Float64Array {
  return shared ? new Float64Array(new SharedArrayBuffer(Math.max(1, n) * 8), 0, n) : new Float64Array(n);
}

/** The flat arrays of a CSR base; plain data, so it can be posted to a worker. */
export interface CsrBase {
  n: number;
  off: Int32Array;
  dst: Int32Array;
  f: Float64Array | null;
  a: Int32Array | null;
  b: Int32Array | null;
  s: (string | null)[] | null;
}

/** Collects links in any order (a bulk build), then builds the CSR in two counting passes. */
export class LinkBuffer {
  src: Int32Array;
  dst: Int32Array;
  f: Float64Array | null;
  a: Int32Array | null;
  b: Int32Array | null;
  s: (string | null)[] | null;
  length = 0;
  constructor(readonly cols: LinkColumns, capacity = 1024) {
    this.src = new Int32Array(capacity);
    this.dst = new Int32Array(capacity);
    this.f = cols.f ? new Float64Array(capacity) : null;
    this.a = cols.a ? new Int32Array(capacity) : null;
    this.b = cols.b ? new Int32Array(capacity) : null;
    this.s = cols.s ? [] : null;
  }

  push(v: number, w: number, f = 0, a = 0, b = 0, s: string | null = null): void {
    if (this.length === this.src.length) this.grow();
    const i = this.length++;
    this.src[i] = v;
    this.dst[i] = w;
    if (this.f) this.f[i] = f;
    if (this.a) this.a[i] = a;
    if (this.b) this.b[i] = b;
    if (this.s) this.s[i] = s;
  }

  private grow() {
    const cap = this.src.length * 2;
    const g32 = (x: Int32Array) => { const y = new Int32Array(cap); y.set(x); return y; };
    this.src = g32(this.src);
    this.dst = g32(this.dst);
    if (this.f) { const y = new Float64Array(cap); y.set(this.f); this.f = y; }
    if (this.a) this.a = g32(this.a);
    if (this.b) this.b = g32(this.b);
  }

  /** Builds the CSR over nodes 0..n-1; a later duplicate (v, w) replaces an earlier one. */
  build(n: number, shared: boolean, reverse = false): CsrBase {
    const m = this.length;
    const from = reverse ? this.dst : this.src;
    const to = reverse ? this.src : this.dst;
    const off = i32(n + 1, shared);
    for (let i = 0; i < m; i++) off[from[i] + 1]++;
    for (let v = 0; v < n; v++) off[v + 1] += off[v];
    const pos = new Int32Array(n);
    const dst = i32(m, shared);
    const f = this.f ? f64(m, shared) : null;
    const a = this.a ? i32(m, shared) : null;
    const b = this.b ? i32(m, shared) : null;
    const s = this.s ? new Array<string | null>(m).fill(null) : null;
    const order = this.cols.sorted ? byTarget(to, m) : null;
    for (let k = 0; k < m; k++) {
      // in target order when sorted (a stable counting sort): each row comes out ascending, repeats in push order
      const i = order ? order[k] : k;
      const v = from[i];
      const j = off[v] + pos[v]++;
      dst[j] = to[i];
      if (f) f[j] = this.f![i];
      if (a) a[j] = this.a![i];
      if (b) b[j] = this.b![i];
      if (s) s[j] = this.s![i];
    }
    return dedupe({ n, off, dst, f, a, b, s }, shared);
  }
}

/** The link positions 0..m-1 ordered by target, stably (a counting sort). */
function byTarget(to: Int32Array, m: number): Int32Array {
  let max = -1;
  for (let i = 0; i < m; i++) if (to[i] > max) max = to[i];
  const start = new Int32Array(max + 2);
  for (let i = 0; i < m; i++) start[to[i] + 1]++;
  for (let w = 0; w <= max; w++) start[w + 1] += start[w];
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) order[start[to[i]]++] = i;
  return order;
}

/** Drops repeated (v, w) links, keeping the last one pushed (a bulk read may repeat an edge). */
function dedupe(c: CsrBase, shared: boolean): CsrBase {
  let dup = false;
  const seen = new Map<number, number>();
  for (let v = 0; v < c.n && !dup; v++) {
    const lo = c.off[v], hi = c.off[v + 1];
    if (hi - lo < 2) continue;
    seen.clear();
    for (let j = lo; j < hi; j++) {
      if (seen.has(c.dst[j])) { dup = true; break; }
      seen.set(c.dst[j], j);
    }
  }
  if (!dup) return c;
  const buf = new LinkBuffer({ f: !!c.f, a: !!c.a, b: !!c.b, s: !!c.s }, Math.max(16, c.dst.length));
  for (let v = 0; v < c.n; v++) {
    const last = new Map<number, number>();
    for (let j = c.off[v]; j < c.off[v + 1]; j++) last.set(c.dst[j], j);
    for (const j of last.values()) buf.push(v, c.dst[j], c.f?.[j], c.a?.[j], c.b?.[j], c.s?.[j] ?? null);
  }
  return buf.build(c.n, shared);
}

const EMPTY = new Int32Array(0);

export class Adjacency {
  /** overlay size (links) below which no compaction happens; tests lower it to exercise compaction */
  static minCompact = 8192;
  private base: CsrBase;
  private readonly over = new Map<number, Link[]>();
  private overLinks = 0;
  private total: number;

  constructor(readonly cols: LinkColumns, base: CsrBase | null = null, private readonly shared = true) {
    this.base = base ?? new LinkBuffer(cols, 1).build(0, shared);
    this.total = this.base.dst.length;
  }

  /** Number of links. */
  get size(): number {
    return this.total;
  }

  /** The base arrays (for posting to workers) and the overlay's current lists. */
  get csr(): CsrBase {
    return this.base;
  }

  degree(v: number): number {
    const o = this.over.get(v);
    if (o) return o.length;
    return v < this.base.n ? this.base.off[v + 1] - this.base.off[v] : 0;
  }

  /** Calls `fn` for every link of `v`. */
  forEach(v: number, fn: LinkVisitor): void {
    const o = this.over.get(v);
    if (o) {
      for (const l of o) fn(l.w, l.f, l.a, l.b, l.s);
      return;
    }
    const c = this.base;
    if (v >= c.n) return;
    for (let j = c.off[v], hi = c.off[v + 1]; j < hi; j++) fn(c.dst[j], c.f ? c.f[j] : 0, c.a ? c.a[j] : 0, c.b ? c.b[j] : 0, c.s ? c.s[j] : null);
  }

  /** The targets of `v` as an array-like: a view of the base arrays (no copy) unless `v` has changed since the last compaction. */
  view(v: number): ArrayLike<number> {
    const o = this.over.get(v);
    if (o) return o.map((l) => l.w);
    const c = this.base;
    return v < c.n ? c.dst.subarray(c.off[v], c.off[v + 1]) : EMPTY;
  }

  /** The targets of `v` (a new array). */
  targets(v: number): number[] {
    const out: number[] = [];
    this.forEach(v, (w) => out.push(w));
    return out;
  }

  /** The link v → w, or null. */
  get(v: number, w: number): Link | null {
    const o = this.over.get(v);
    if (o) return o.find((l) => l.w === w) ?? null;
    const c = this.base;
    if (v >= c.n) return null;
    for (let j = c.off[v], hi = c.off[v + 1]; j < hi; j++) {
      if (c.dst[j] === w) return { w, f: c.f ? c.f[j] : 0, a: c.a ? c.a[j] : 0, b: c.b ? c.b[j] : 0, s: c.s ? c.s[j] : null };
    }
    return null;
  }

  /** Sets the link v → w (creating it); returns whether it was created. */
  set(v: number, w: number, f = 0, a = 0, b = 0, s: string | null = null): boolean {
    const list = this.own(v);
    const l = list.find((x) => x.w === w);
    if (l) {
      l.f = f; l.a = a; l.b = b; l.s = s;
      return false;
    }
    const link = { w, f, a, b, s };
    if (this.cols.sorted) {
      let at = list.length;
      while (at > 0 && list[at - 1].w > w) at--;
      list.splice(at, 0, link);
    } else list.push(link);
    this.overLinks++;
    this.total++;
    this.maybeCompact();
    return true;
  }

  /** Removes the link v → w; returns whether there was one. */
  remove(v: number, w: number): boolean {
    if (this.degree(v) === 0) return false;
    const list = this.own(v);
    const i = list.findIndex((x) => x.w === w);
    if (i < 0) return false;
    list.splice(i, 1);
    this.overLinks--;
    this.total--;
    return true;
  }

  /** Removes every link of `v`; returns the targets it had. */
  clear(v: number): number[] {
    const ws = this.targets(v);
    if (ws.length === 0) return ws;
    const list = this.own(v);
    this.overLinks -= list.length;
    this.total -= list.length;
    list.length = 0;
    return ws;
  }

  /** Moves v's list into the overlay (copying it out of the base on first change). */
  private own(v: number): Link[] {
    let o = this.over.get(v);
    if (o) return o;
    o = [];
    const c = this.base;
    if (v < c.n) {
      for (let j = c.off[v], hi = c.off[v + 1]; j < hi; j++) o.push({ w: c.dst[j], f: c.f ? c.f[j] : 0, a: c.a ? c.a[j] : 0, b: c.b ? c.b[j] : 0, s: c.s ? c.s[j] : null });
    }
    this.over.set(v, o);
    this.overLinks += o.length;
    return o;
  }

  private maybeCompact() {
    if (this.overLinks > Math.max(Adjacency.minCompact, this.total / 4)) this.compact();
  }

  /** Folds the overlay back into fresh CSR arrays (in SharedArrayBuffers with `shared`). */
  compact(shared = this.shared): void {
    let nodes = this.base.n;
    for (const v of this.over.keys()) if (v + 1 > nodes) nodes = v + 1;
    const buf = new LinkBuffer(this.cols, Math.max(16, this.total));
    for (let v = 0; v < nodes; v++) this.forEach(v, (w, f, a, b, s) => buf.push(v, w, f, a, b, s));
    this.base = buf.build(nodes, shared);
    this.over.clear();
    this.overLinks = 0;
    this.total = this.base.dst.length;
  }

  /**
   * The links as one CSR base in SharedArrayBuffers (compacting first when
   * there is an overlay or the base is not shared), for worker replicas:
   * base arrays are never written in place, so sharing them is safe.
   */
  sharedBase(): CsrBase {
    if (this.over.size > 0 || !(this.base.dst.buffer instanceof SharedArrayBuffer)) this.compact(true);
    return this.base;
  }

  /** Bytes held by the base arrays (the overlay is counted approximately). */
  bytes(): number {
    const c = this.base;
    let n = c.off.byteLength + c.dst.byteLength + (c.f?.byteLength ?? 0) + (c.a?.byteLength ?? 0) + (c.b?.byteLength ?? 0) + (c.s ? c.s.length * 4 : 0);
    n += this.overLinks * 64;
    return n;
  }
}
