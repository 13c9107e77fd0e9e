/**
 * The changes applied to the read model since a replica was exported,
 * appended to a growable SharedArrayBuffer (one length-prefixed JSON record
 * each) that worker replicas read directly: no message per change, and a
 * task only says how many changes it needs applied (`count`).
 */
export class ChangeLog {
    constructor(maxBytes = 1 << 30) {
        this.encoder = new TextEncoder();
        this.bytes = new SharedArrayBuffer(1 << 16, { maxByteLength: maxBytes });
        this.meta = new Int32Array(new SharedArrayBuffer(8));
    }
    get count() {
        return Atomics.load(this.meta, 0);
    }
    get byteLength() {
        return Atomics.load(this.meta, 1);
    }
    append(changes) {
        let at = this.byteLength;
        for (const c of changes) {
            const rec = this.encoder.encode(JSON.stringify(c));
            const need = at + 4 + rec.length;
            if (need > this.bytes.byteLength)
                this.bytes.grow(Math.min(this.bytes.maxByteLength, Math.max(need, this.bytes.byteLength * 2)));
            const view = new DataView(this.bytes);
            view.setUint32(at, rec.length, true);
            new Uint8Array(this.bytes, at + 4, rec.length).set(rec);
            at = need;
        }
        Atomics.store(this.meta, 1, at);
        Atomics.store(this.meta, 0, this.count + changes.length);
    }
}
/** Reads a `ChangeLog` from another thread, in order, each change once. */
export class ChangeLogReader {
    constructor(bytes, meta) {
        this.bytes = bytes;
        this.meta = meta;
        this.offset = 0;
        /** changes read so far */
        this.read = 0;
        this.decoder = new TextDecoder();
    }
    /** Calls `fn` for every change after the ones read, up to the `upto`-th. */
    readUpTo(upto, fn) {
        if (this.read >= upto)
            return;
        const available = Atomics.load(this.meta, 0);
        if (available < upto)
            throw new Error(`change log has ${available} changes, ${upto} needed`);
        const view = new DataView(this.bytes);
        while (this.read < upto) {
            const len = view.getUint32(this.offset, true);
            const rec = new Uint8Array(this.bytes, this.offset + 4, len);
            // TextDecoder cannot read shared memory: copy the record out first
            fn(JSON.parse(this.decoder.decode(rec.slice())));
            this.offset += 4 + len;
            this.read++;
        }
    }
}
//# sourceMappingURL=change-log.js.map