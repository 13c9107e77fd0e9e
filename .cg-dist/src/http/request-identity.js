import { DomainError } from '../errors.js';
/** The identity the server's credential hook set; its absence is a bug, never an open door (docs/access.md). */
export function identityOf(req) {
    if (!req.identity)
        throw new DomainError('UNAUTHENTICATED', 'no identity was established for this request');
    return req.identity;
}
//# sourceMappingURL=request-identity.js.map