function i32(n, shared) {
    return shared ? new Int32Array(new SharedArrayBuffer(Math.max(1, n) * 4), 0, n) : new Int32Array(n);
}
function f64(n, shared) {
    return shared ? new Float64Array(new SharedArrayBuffer(Math.max(1, n) * 8), 0, n) : new Float64Array(n);
}
/** Collects links in any order (a bulk build), then builds the CSR in two counting passes. */
export class LinkBuffer {
    constructor(cols, capacity = 1024) {
        this.cols = cols;
        this.length = 0;
        this.src = new Int32Array(capacity);
        this.dst = new Int32Array(capacity);
        this.f = cols.f ? new Float64Array(capacity) : null;
        this.a = cols.a ? new Int32Array(capacity) : null;
        this.b = cols.b ? new Int32Array(capacity) : null;
        this.s = cols.s ? [] : null;
    }
    push(v, w, f = 0, a = 0, b = 0, s = null) {
        if (this.length === this.src.length)
            this.grow();
        const i = this.length++;
        this.src[i] = v;
        this.dst[i] = w;
        if (this.f)
            this.f[i] = f;
        if (this.a)
            this.a[i] = a;
        if (this.b)
            this.b[i] = b;
        if (this.s)
            this.s[i] = s;
    }
    grow() {
        const cap = this.src.length * 2;
        const g32 = (x) => { const y = new Int32Array(cap); y.set(x); return y; };
        this.src = g32(this.src);
        this.dst = g32(this.dst);
        if (this.f) {
            const y = new Float64Array(cap);
            y.set(this.f);
            this.f = y;
        }
        if (this.a)
            this.a = g32(this.a);
        if (this.b)
            this.b = g32(this.b);
    }
    /** Builds the CSR over nodes 0..n-1; a later duplicate (v, w) replaces an earlier one. */
    build(n, shared, reverse = false) {
        const m = this.length;
        const from = reverse ? this.dst : this.src;
        const to = reverse ? this.src : this.dst;
        const off = i32(n + 1, shared);
        for (let i = 0; i < m; i++)
            off[from[i] + 1]++;
        for (let v = 0; v < n; v++)
            off[v + 1] += off[v];
        const pos = new Int32Array(n);
        const dst = i32(m, shared);
        const f = this.f ? f64(m, shared) : null;
        const a = this.a ? i32(m, shared) : null;
        const b = this.b ? i32(m, shared) : null;
        const s = this.s ? new Array(m).fill(null) : null;
        for (let i = 0; i < m; i++) {
            const v = from[i];
            const j = off[v] + pos[v]++;
            dst[j] = to[i];
            if (f)
                f[j] = this.f[i];
            if (a)
                a[j] = this.a[i];
            if (b)
                b[j] = this.b[i];
            if (s)
                s[j] = this.s[i];
        }
        return dedupe({ n, off, dst, f, a, b, s }, shared);
    }
}
/** Drops repeated (v, w) links, keeping the last one pushed (a bulk read may repeat an edge). */
function dedupe(c, shared) {
    let dup = false;
    const seen = new Map();
    for (let v = 0; v < c.n && !dup; v++) {
        const lo = c.off[v], hi = c.off[v + 1];
        if (hi - lo < 2)
            continue;
        seen.clear();
        for (let j = lo; j < hi; j++) {
            if (seen.has(c.dst[j])) {
                dup = true;
                break;
            }
            seen.set(c.dst[j], j);
        }
    }
    if (!dup)
        return c;
    const buf = new LinkBuffer({ f: !!c.f, a: !!c.a, b: !!c.b, s: !!c.s }, Math.max(16, c.dst.length));
    for (let v = 0; v < c.n; v++) {
        const last = new Map();
        for (let j = c.off[v]; j < c.off[v + 1]; j++)
            last.set(c.dst[j], j);
        for (const j of last.values())
            buf.push(v, c.dst[j], c.f?.[j], c.a?.[j], c.b?.[j], c.s?.[j] ?? null);
    }
    return buf.build(c.n, shared);
}
const EMPTY = new Int32Array(0);
export class Adjacency {
    /** overlay size (links) below which no compaction happens; tests lower it to exercise compaction */
    static { this.minCompact = 8192; }
    constructor(cols, base = null, shared = false) {
        this.cols = cols;
        this.shared = shared;
        this.over = new Map();
        this.overLinks = 0;
        this.base = base ?? new LinkBuffer(cols, 1).build(0, shared);
        this.total = this.base.dst.length;
    }
    /** Number of links. */
    get size() {
        return this.total;
    }
    /** The base arrays (for posting to workers) and the overlay's current lists. */
    get csr() {
        return this.base;
    }
    degree(v) {
        const o = this.over.get(v);
        if (o)
            return o.length;
        return v < this.base.n ? this.base.off[v + 1] - this.base.off[v] : 0;
    }
    /** Calls `fn` for every link of `v`. */
    forEach(v, fn) {
        const o = this.over.get(v);
        if (o) {
            for (const l of o)
                fn(l.w, l.f, l.a, l.b, l.s);
            return;
        }
        const c = this.base;
        if (v >= c.n)
            return;
        for (let j = c.off[v], hi = c.off[v + 1]; j < hi; j++)
            fn(c.dst[j], c.f ? c.f[j] : 0, c.a ? c.a[j] : 0, c.b ? c.b[j] : 0, c.s ? c.s[j] : null);
    }
    /** The targets of `v` as an array-like: a view of the base arrays (no copy) unless `v` has changed since the last compaction. */
    view(v) {
        const o = this.over.get(v);
        if (o)
            return o.map((l) => l.w);
        const c = this.base;
        return v < c.n ? c.dst.subarray(c.off[v], c.off[v + 1]) : EMPTY;
    }
    /** The targets of `v` (a new array). */
    targets(v) {
        const out = [];
        this.forEach(v, (w) => out.push(w));
        return out;
    }
    /** The link v → w, or null. */
    get(v, w) {
        const o = this.over.get(v);
        if (o)
            return o.find((l) => l.w === w) ?? null;
        const c = this.base;
        if (v >= c.n)
            return null;
        for (let j = c.off[v], hi = c.off[v + 1]; j < hi; j++) {
            if (c.dst[j] === w)
                return { w, f: c.f ? c.f[j] : 0, a: c.a ? c.a[j] : 0, b: c.b ? c.b[j] : 0, s: c.s ? c.s[j] : null };
        }
        return null;
    }
    /** Sets the link v → w (creating it); returns whether it was created. */
    set(v, w, f = 0, a = 0, b = 0, s = null) {
        const list = this.own(v);
        const l = list.find((x) => x.w === w);
        if (l) {
            l.f = f;
            l.a = a;
            l.b = b;
            l.s = s;
            return false;
        }
        list.push({ w, f, a, b, s });
        this.overLinks++;
        this.total++;
        this.maybeCompact();
        return true;
    }
    /** Removes the link v → w; returns whether there was one. */
    remove(v, w) {
        if (this.degree(v) === 0)
            return false;
        const list = this.own(v);
        const i = list.findIndex((x) => x.w === w);
        if (i < 0)
            return false;
        list.splice(i, 1);
        this.overLinks--;
        this.total--;
        return true;
    }
    /** Removes every link of `v`; returns the targets it had. */
    clear(v) {
        const ws = this.targets(v);
        if (ws.length === 0)
            return ws;
        const list = this.own(v);
        this.overLinks -= list.length;
        this.total -= list.length;
        list.length = 0;
        return ws;
    }
    /** Moves v's list into the overlay (copying it out of the base on first change). */
    own(v) {
        let o = this.over.get(v);
        if (o)
            return o;
        o = [];
        const c = this.base;
        if (v < c.n) {
            for (let j = c.off[v], hi = c.off[v + 1]; j < hi; j++)
                o.push({ w: c.dst[j], f: c.f ? c.f[j] : 0, a: c.a ? c.a[j] : 0, b: c.b ? c.b[j] : 0, s: c.s ? c.s[j] : null });
        }
        this.over.set(v, o);
        this.overLinks += o.length;
        return o;
    }
    maybeCompact() {
        if (this.overLinks > Math.max(Adjacency.minCompact, this.total / 4))
            this.compact();
    }
    /** Folds the overlay back into fresh CSR arrays (in SharedArrayBuffers with `shared`). */
    compact(shared = this.shared) {
        let nodes = this.base.n;
        for (const v of this.over.keys())
            if (v + 1 > nodes)
                nodes = v + 1;
        const buf = new LinkBuffer(this.cols, Math.max(16, this.total));
        for (let v = 0; v < nodes; v++)
            this.forEach(v, (w, f, a, b, s) => buf.push(v, w, f, a, b, s));
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
    sharedBase() {
        if (this.over.size > 0 || !(this.base.dst.buffer instanceof SharedArrayBuffer))
            this.compact(true);
        return this.base;
    }
    /** Bytes held by the base arrays (the overlay is counted approximately). */
    bytes() {
        const c = this.base;
        let n = c.off.byteLength + c.dst.byteLength + (c.f?.byteLength ?? 0) + (c.a?.byteLength ?? 0) + (c.b?.byteLength ?? 0) + (c.s ? c.s.length * 4 : 0);
        n += this.overLinks * 64;
        return n;
    }
}
//# sourceMappingURL=adjacency.js.map