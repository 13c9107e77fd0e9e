import { Adjacency, LinkBuffer } from './adjacency.js';
/**
 * The sales of the read model (docs/commercial.md "Read model"): one slot per
 * sale with its figures in typed arrays — account and product as indexes,
 * the period as its first month number and its length (1 or 12; 0 marks a
 * removed sale's slot), revenue, volume, list revenue and contribution
 * margin as doubles (NaN when unknown) — about 46 bytes a sale, no object and
 * no string per sale (its id is derived from its key, `saleId`). Two CSR
 * indexes (`adjacency.ts`) give an account's own sales and a product's, so
 * per-account and per-product figures never scan the whole table.
 */
export class SalesTable {
    constructor(capacity = 16) {
        /** slots used (alive or not) */
        this.size = 0;
        /** alive sales */
        this.count = 0;
        /** company → its own sales (BOUGHT) */
        this.byAccount = new Adjacency({});
        /** product → its sales (OF, reversed) */
        this.byProduct = new Adjacency({});
        /** removed slots, reused by the next new sale */
        this.free = [];
        this.account = new Int32Array(capacity);
        this.product = new Int32Array(capacity);
        this.start = new Int32Array(capacity);
        this.length = new Uint8Array(capacity);
        this.revenue = new Float64Array(capacity);
        this.volume = new Float64Array(capacity);
        this.listRevenue = new Float64Array(capacity);
        this.margin = new Float64Array(capacity);
    }
    ensure(n) {
        if (n <= this.account.length)
            return;
        const cap = Math.max(n, this.account.length * 2);
        const g32 = (x) => { const y = new Int32Array(cap); y.set(x); return y; };
        const g64 = (x) => { const y = new Float64Array(cap); y.set(x); return y; };
        this.account = g32(this.account);
        this.product = g32(this.product);
        this.start = g32(this.start);
        const l = new Uint8Array(cap);
        l.set(this.length);
        this.length = l;
        this.revenue = g64(this.revenue);
        this.volume = g64(this.volume);
        this.listRevenue = g64(this.listRevenue);
        this.margin = g64(this.margin);
    }
    /** The sale of (account, product, period), or -1: a walk over the account's own sales. */
    find(account, product, start, length) {
        let hit = -1;
        this.byAccount.forEach(account, (s) => {
            if (hit < 0 && this.product[s] === product && this.start[s] === start && this.length[s] === length)
                hit = s;
        });
        return hit;
    }
    /** Writes the figures of a sale, creating its slot and links when it is new (bulk builds link later: `linked` false). */
    put(account, product, start, length, revenue, volume, listRevenue, margin, linked = true) {
        let s = linked ? this.find(account, product, start, length) : -1;
        if (s < 0) {
            s = this.free.length ? this.free.pop() : this.size++;
            this.ensure(this.size);
            this.account[s] = account;
            this.product[s] = product;
            this.start[s] = start;
            this.length[s] = length;
            this.count++;
            if (linked) {
                this.byAccount.set(account, s);
                this.byProduct.set(product, s);
            }
        }
        this.revenue[s] = revenue;
        this.volume[s] = volume;
        this.listRevenue[s] = listRevenue;
        this.margin[s] = margin;
        return s;
    }
    remove(s) {
        if (s < 0 || this.length[s] === 0)
            return;
        this.byAccount.remove(this.account[s], s);
        this.byProduct.remove(this.product[s], s);
        this.length[s] = 0;
        this.account[s] = -1;
        this.product[s] = -1;
        this.count--;
        this.free.push(s);
    }
    /** Removes every sale of an account (its company was removed) or of a product. */
    removeAll(of, index) {
        const list = (of === 'account' ? this.byAccount : this.byProduct).targets(index);
        for (const s of list)
            this.remove(s);
    }
    /** Builds both indexes from the columns (bulk builds, replicas). */
    index(companies, products) {
        const a = new LinkBuffer({}, Math.max(16, this.count));
        const p = new LinkBuffer({}, Math.max(16, this.count));
        for (let s = 0; s < this.size; s++) {
            if (this.length[s] === 0)
                continue;
            a.push(this.account[s], s);
            p.push(this.product[s], s);
        }
        this.byAccount = new Adjacency({}, a.build(companies, false));
        this.byProduct = new Adjacency({}, p.build(products, false));
    }
    /** The columns, trimmed (copied) for a worker replica; the indexes are rebuilt there. */
    export() {
        const n = this.size;
        return {
            size: n, count: this.count, free: [...this.free],
            account: this.account.slice(0, n), product: this.product.slice(0, n), start: this.start.slice(0, n), length: this.length.slice(0, n),
            revenue: this.revenue.slice(0, n), volume: this.volume.slice(0, n), listRevenue: this.listRevenue.slice(0, n), margin: this.margin.slice(0, n),
            byAccount: this.byAccount.sharedBase(), byProduct: this.byProduct.sharedBase(),
        };
    }
    static from(s) {
        const t = new SalesTable(0);
        t.size = s.size;
        t.count = s.count;
        t.free = [...s.free];
        t.account = s.account;
        t.product = s.product;
        t.start = s.start;
        t.length = s.length;
        t.revenue = s.revenue;
        t.volume = s.volume;
        t.listRevenue = s.listRevenue;
        t.margin = s.margin;
        t.byAccount = new Adjacency({}, s.byAccount);
        t.byProduct = new Adjacency({}, s.byProduct);
        return t;
    }
    bytes() {
        return this.account.byteLength * 3 + this.length.byteLength + this.revenue.byteLength * 4 + this.byAccount.bytes() + this.byProduct.bytes();
    }
}
//# sourceMappingURL=sales-table.js.map