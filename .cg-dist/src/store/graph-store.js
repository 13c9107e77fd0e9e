/** The one statement commit listeners are told of after a bulk load (read models rebuild). */
export const BULK_NOTICE = 'bulk';
/** Calls each listener; a listener's failure never turns a committed write into an error. */
export function notify(listeners, statements) {
    for (const l of listeners) {
        try {
            l(statements);
        }
        catch {
            /* listeners handle their own failures */
        }
    }
}
/** An engine failure that is not the caller's fault; masked by formatError. */
export class StoreError extends Error {
    constructor(message, query, options) {
        super(message, options);
        this.query = query;
        this.name = 'StoreError';
    }
}
//# sourceMappingURL=graph-store.js.map