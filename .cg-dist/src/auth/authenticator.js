import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';
import { requireCjs } from '../common/cjs.js';
import { DomainError } from '../errors.js';
import { OPEN_IDENTITY, ROLES } from './identity.js';
import { KEY_PREFIX, KeyRing } from './keys.js';
/** mnemonist's LRU cache (CommonJS; typed here to what is used). */
const LRUCache = requireCjs('mnemonist/lru-cache');
const unauthenticated = (why) => new DomainError('UNAUTHENTICATED', why);
/**
 * Establishes the identity of a request (DESIGN §7 "Who"): a bearer JWT
 * (HS256 secret or an issuer's JWKS; issuer and audience checked when
 * configured) or an API key (`Authorization: Bearer kg_…` or `X-Api-Key`).
 * With no identity configured at all the server is open and every request
 * is `OPEN_IDENTITY` — allowed only on loopback (`assertProtected`).
 */
export class Authenticator {
    constructor(config) {
        this.config = config;
        /**
         * Verified tokens → identity, until the token's `exp` (at most 10 minutes):
         * a client sends the same token with every request, and verifying an HS256
         * signature through WebCrypto costs more than answering `person(id)`.
         * Keyed by the whole token, so only a token that verified is ever found.
         */
        this.verified = new LRUCache(10_000);
        this.secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : null;
        this.jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
        this.keys = new KeyRing(config.keysFile);
        this.enabled = this.secret !== null || this.jwks !== null || this.keys.size > 0;
    }
    async identify(headers) {
        if (!this.enabled)
            return OPEN_IDENTITY;
        const apiKey = Array.isArray(headers['x-api-key']) ? headers['x-api-key'][0] : headers['x-api-key'];
        const auth = headers.authorization ?? '';
        const m = /^Bearer\s+(\S+)$/i.exec(auth);
        const token = apiKey ?? m?.[1];
        if (!token)
            throw unauthenticated(auth ? 'the Authorization header must be "Bearer <token>"' : 'credentials required: a bearer token or an API key');
        if (token.startsWith(KEY_PREFIX)) {
            const k = this.keys.find(token);
            if (!k)
                throw unauthenticated('unknown or revoked API key');
            return { subject: `key:${k.id}`, role: k.role, accounts: k.accounts, personId: k.personId, via: 'api-key' };
        }
        return this.verifyJwt(token);
    }
    async verifyJwt(token) {
        if (!this.secret && !this.jwks)
            throw unauthenticated('bearer tokens are not accepted here; use an API key');
        const hit = this.verified.get(token);
        if (hit && hit.until > Date.now())
            return hit.identity;
        let payload;
        try {
            const opts = { issuer: this.config.issuer ?? undefined, audience: this.config.audience ?? undefined };
            payload = this.secret
                ? (await jwtVerify(token, this.secret, { ...opts, algorithms: ['HS256'] })).payload
                : (await jwtVerify(token, this.jwks, opts)).payload;
        }
        catch (e) {
            if (e instanceof joseErrors.JWTExpired)
                throw unauthenticated('the token has expired');
            if (e instanceof joseErrors.JWTClaimValidationFailed)
                throw unauthenticated(`the token's ${e.claim} claim is not accepted`);
            if (e instanceof joseErrors.JOSEError)
                throw unauthenticated('the token is not valid');
            throw e;
        }
        const identity = identityFromClaims(payload);
        const until = Math.min(Date.now() + 600_000, typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity);
        this.verified.set(token, { identity, until });
        return identity;
    }
}
/** Maps verified JWT claims (`sub`, `role`, `accounts`, `person`) to an identity. */
export function identityFromClaims(p) {
    const role = p.role;
    if (typeof p.sub !== 'string' || !p.sub)
        throw unauthenticated('the token has no subject (sub)');
    if (!ROLES.includes(role))
        throw unauthenticated(`the token's role claim must be one of ${ROLES.join(', ')}`);
    const accounts = p.accounts;
    if (accounts !== undefined && !(Array.isArray(accounts) && accounts.every((a) => typeof a === 'string'))) {
        throw unauthenticated('the token\'s accounts claim must be a list of account ids');
    }
    const person = p.person;
    if (person !== undefined && typeof person !== 'string')
        throw unauthenticated('the token\'s person claim must be a person id');
    return { subject: p.sub, role, accounts: accounts ?? null, personId: person ?? null, via: 'jwt' };
}
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i;
export const isLoopback = (host) => LOOPBACK.test(host);
/** DESIGN §7 "Protected mode": off loopback, refuse to start without identity. */
export function assertProtected(host, auth) {
    if (!auth.enabled && !isLoopback(host)) {
        throw new Error(`refusing to serve on ${host} with no identity configured: anyone who can reach it could read and rewrite the graph. ` +
            'Set KAMGRAPH_JWT_SECRET or KAMGRAPH_JWKS_URL, or create an API key (npx kamgraph keys create), or bind HOST=127.0.0.1.');
    }
}
//# sourceMappingURL=authenticator.js.map