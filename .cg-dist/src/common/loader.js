import DataLoader from 'dataloader';
/**
 * A per-request DataLoader answering from the read model: one batch per
 * level of a GraphQL query, results in key order, cached for the request.
 * `pick` returns the value for one key (null / [] when there is none).
 */
export function modelLoader(host, pick) {
    return new DataLoader(async (ids) => {
        const g = await host.ready();
        return ids.map((id) => pick(g, id));
    }, { maxBatchSize: 1000 });
}
/** Sorts records by their `id` (or a key), as the API lists linked items. */
export function byId(xs, key) {
    return xs.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
//# sourceMappingURL=loader.js.map