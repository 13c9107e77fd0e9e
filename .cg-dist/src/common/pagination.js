import { badInput } from '../errors.js';
/** Relay page size limits (GitHub's GraphQL API: `first` 1..100). */
export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;
/** Cursors are opaque: base64url of a sort key, never shown as ids. */
export const encodeCursor = (key) => Buffer.from(`k:${key}`, 'utf8').toString('base64url');
export function decodeCursor(cursor, field = 'after') {
    if (cursor === null || cursor === undefined)
        return null;
    const raw = Buffer.from(cursor, 'base64url').toString('utf8');
    if (!raw.startsWith('k:') || encodeCursor(raw.slice(2)) !== cursor)
        throw badInput(field, `${field} is not a valid cursor`);
    return raw.slice(2);
}
export function pageSize(first, field = 'first') {
    const n = first ?? DEFAULT_PAGE;
    if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE)
        throw badInput(field, `${field} must be from 1 to ${MAX_PAGE}, got ${n}`);
    return n;
}
/**
 * Builds a page from rows fetched with LIMIT first+1: the extra row only
 * says whether there is a next page.
 */
export function toPage(rows, first, key, totalCount) {
    const hasNextPage = rows.length > first;
    const items = hasNextPage ? rows.slice(0, first) : rows;
    const edges = items.map((node) => ({ cursor: encodeCursor(key(node)), node }));
    return {
        edges,
        pageInfo: {
            hasNextPage,
            hasPreviousPage: false,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
        },
        totalCount,
    };
}
/** Pages an in-memory list already sorted by `key` (nested connections loaded by a DataLoader). */
export function pageOf(all, req, key) {
    const first = pageSize(req.first);
    const after = decodeCursor(req.after);
    let start = 0;
    if (after !== null) {
        start = all.findIndex((t) => key(t) > after);
        if (start < 0)
            start = all.length;
    }
    return toPage(all.slice(start, start + first + 1), first, key, all.length);
}
/**
 * Pages a computed list in its own order (e.g. by severity): the cursor is
 * the id of the last item seen. A cursor whose item is no longer in the list
 * (the data changed between pages) is refused rather than silently restarted.
 */
export function pageByPosition(all, req, id) {
    const first = pageSize(req.first);
    const after = decodeCursor(req.after);
    let start = 0;
    if (after !== null) {
        const at = all.findIndex((t) => id(t) === after);
        if (at < 0)
            throw badInput('after', 'the item this cursor points at is no longer in the list; start again without `after`');
        start = at + 1;
    }
    return toPage(all.slice(start, start + first + 1), first, id, all.length);
}
//# sourceMappingURL=pagination.js.map