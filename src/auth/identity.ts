import { rootIndex } from '../domain/terms.js';
import type { ReadGraph } from '../readmodel/read-graph.js';
import type { ReadScope } from '../readmodel/scoped-graph.js';

/** The roles of DESIGN §7, weakest last. */
export const ROLES = ['ADMIN', 'EDITOR', 'VIEWER', 'ACCOUNT_VIEWER'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling (docs/access.md "Identity"). `accounts` is the `accounts`
 * claim (root account ids; null when absent); `personId` the caller's own
 * person (one of ours), whose account teams widen an ACCOUNT_VIEWER's scope.
 */
export interface Identity {
  subject: string;
  role: Role;
  accounts: readonly string[] | null;
  personId: string | null;
  /** how the identity was established */
  via: 'jwt' | 'api-key' | 'open';
}

/** The identity of every request when the server runs open (loopback, no identity configured). */
export const OPEN_IDENTITY: Identity = Object.freeze({ subject: 'local', role: 'ADMIN', accounts: null, personId: null, via: 'open' });

/** Roles that may read sensitive fields (a contact's attitude): VIEWER and above. */
export const SENSITIVE_READERS: readonly Role[] = ['ADMIN', 'EDITOR', 'VIEWER'];
/** Roles that may write. */
export const WRITERS: readonly Role[] = ['ADMIN', 'EDITOR'];

/**
 * What the caller may read (DESIGN §7): every account, except for an
 * ACCOUNT_VIEWER: the accounts of its claim plus those where its person
 * sits on the account team (read from the graph at the time of the request).
 */
export function readScope(identity: Identity, g: ReadGraph): ReadScope {
  if (identity.role !== 'ACCOUNT_VIEWER') return null;
  const accounts = new Set(identity.accounts ?? []);
  const p = identity.personId ? g.personIndex(identity.personId) : -1;
  if (p >= 0) {
    g.forEachTeamOf(p, (c) => accounts.add(g.companyId(rootIndex(g, c))));
  }
  return { accounts: [...accounts].sort() };
}

/** The accounts an EDITOR may write: its claim, or every account (null). ADMIN: every account. */
export function writeScope(identity: Identity): readonly string[] | null {
  if (identity.role === 'ADMIN') return null;
  if (identity.role === 'EDITOR') return identity.accounts;
  return [];
}
