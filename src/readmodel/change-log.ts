import type { Change } from '../domain/changes.js';

/**
 * The changes applied to the read model since a replica was exported,
 * appended to a growable SharedArrayBuffer (one length-prefixed JSON record
 * each) that worker replicas read directly: no message per change, and a
 * task only says how many changes it needs applied (`count`).
 */
export class ChangeLog {
  readonly bytes: SharedArrayBuffer;
  /** [count, byteLength], written with Atomics after the record bytes */
  readonly meta: Int32Array;
  private readonly encoder = new TextEncoder();

  constructor(maxBytes = 1 << 30) {
    this.bytes = new SharedArrayBuffer(1 << 16, { maxByteLength: maxBytes });
    this.meta = new Int32Array(new SharedArrayBuffer(8));
  }

  get count(): number {
    return Atomics.load(this.meta, 0);
  }

  get byteLength(): number {
    return Atomics.load(this.meta, 1);
  }

  append(changes: readonly Change[]): void {
    let at = this.byteLength;
    for (const c of changes) {
      const rec = this.encoder.encode(JSON.stringify(c));
      const need = at + 4 + rec.length;
      if (need > this.bytes.byteLength) this.bytes.grow(Math.min(this.bytes.maxByteLength, Math.max(need, this.bytes.byteLength * 2)));
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
  private offset = 0;
  /** changes read so far */
  read = 0;
  private readonly decoder = new TextDecoder();

  constructor(private readonly bytes: SharedArrayBuffer, private readonly meta: Int32Array) {}

  /** Calls `fn` for every change after the ones read, up to the `upto`-th. */
  readUpTo(upto: number, fn: (c: Change) => void): void {
    if (this.read >= upto) return;
    const available = Atomics.load(this.meta, 0);
    if (available < upto) throw new Error(`change log has ${available} changes, ${upto} needed`);
    const view = new DataView(this.bytes);
    while (this.read < upto) {
      const len = view.getUint32(this.offset, true);
      const rec = new Uint8Array(this.bytes, this.offset + 4, len);
      // TextDecoder cannot read shared memory: copy the record out first
      fn(JSON.parse(this.decoder.decode(rec.slice())) as Change);
      this.offset += 4 + len;
      this.read++;
    }
  }
}
