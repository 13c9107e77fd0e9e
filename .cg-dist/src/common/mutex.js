/** A serial queue: `lock(fn)` runs `fn` after every earlier one has finished, in call order. */
export class Mutex {
    constructor() {
        this.tail = Promise.resolve();
    }
    async lock(fn) {
        const prev = this.tail;
        let release;
        this.tail = new Promise((r) => (release = r));
        await prev;
        try {
            return await fn();
        }
        finally {
            release();
        }
    }
}
//# sourceMappingURL=mutex.js.map