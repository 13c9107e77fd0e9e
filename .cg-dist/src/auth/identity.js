import { rootIndex } from '../domain/terms.js';
/** The roles of DESIGN §7, weakest last. */
export const ROLES = ['ADMIN', 'EDITOR', 'VIEWER', 'ACCOUNT_VIEWER'];
/** The identity of every request when the server runs open (loopback, no identity configured). */
export const OPEN_IDENTITY = Object.freeze({ subject: 'local', role: 'ADMIN', accounts: null, personId: null, via: 'open' });
/** Roles that may read sensitive fields (a contact's attitude): VIEWER and above. */
export const SENSITIVE_READERS = ['ADMIN', 'EDITOR', 'VIEWER'];
/** Roles that may write. */
export const WRITERS = ['ADMIN', 'EDITOR'];
/**
 * What the caller may read (DESIGN §7): every account, except for an
 * ACCOUNT_VIEWER: the accounts of its claim plus those where its person
 * sits on the account team (read from the graph at the time of the request).
 */
export function readScope(identity, g) {
    if (identity.role !== 'ACCOUNT_VIEWER')
        return null;
    const accounts = new Set(identity.accounts ?? []);
    const p = identity.personId ? g.personIndex(identity.personId) : -1;
    if (p >= 0) {
        g.forEachTeamOf(p, (c) => accounts.add(g.companyId(rootIndex(g, c))));
    }
    return { accounts: [...accounts].sort() };
}
/** The accounts an EDITOR may write: its claim, or every account (null). ADMIN: every account. */
export function writeScope(identity) {
    if (identity.role === 'ADMIN')
        return null;
    if (identity.role === 'EDITOR')
        return identity.accounts;
    return [];
}
//# sourceMappingURL=identity.js.map