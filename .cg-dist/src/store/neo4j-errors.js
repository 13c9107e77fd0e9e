/**
 * Neo4j engine errors → what the API says (docs/decisions.md "Neo4j errors
 * and retries"). Applied only once a managed transaction has finally failed,
 * i.e. after `executeRead`/`executeWrite` rejected: inside the transaction
 * function the driver's own error must travel unchanged, because the driver
 * decides whether to retry from it (`Neo4jError.retriable`).
 */
import { Neo4jError } from 'neo4j-driver';
import { DomainError } from '../errors.js';
import { StoreError } from './graph-store.js';
/** The one message a client sees when the store cannot be used; the engine's reason stays server-side (`cause`). */
export const STORE_UNAVAILABLE_MESSAGE = 'the graph store is unavailable';
/** Same code and message as the embedded adapter (`ladybug.store.ts`). */
export const CONFLICT_MESSAGE = 'an item with this id already exists';
/** Uniqueness constraint violated (the DDL creates only `IS UNIQUE` constraints on ids). */
const CONFLICT_CODES = new Set(['Neo.ClientError.Schema.ConstraintValidationFailed']);
/** Driver and server codes meaning the store cannot be used right now (or not with this configuration). */
const UNAVAILABLE_CODES = new Set([
    'ServiceUnavailable', // no server reachable: connection refused, DNS, routing table empty, …
    'SessionExpired', // the server behind the session went away (cluster role change, restart)
    'Neo.ClientError.Database.DatabaseNotFound', // NEO4J_DATABASE names no database
]);
/** Socket errors, in case one reaches us unwrapped (the driver normally wraps them in ServiceUnavailable). */
const SOCKET_CODES = new Set([
    'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE',
]);
const codeOf = (e) => (typeof e.code === 'string' ? e.code : '');
/** One error (not its causes) says the store is unavailable. */
function unavailableItself(e) {
    const code = codeOf(e);
    if (UNAVAILABLE_CODES.has(code) || SOCKET_CODES.has(code))
        return true;
    // authentication and authorisation of our own connection (Unauthorized, CredentialsExpired,
    // AuthenticationRateLimit, TokenExpired, AuthorizationExpired, Forbidden): a deployment problem
    if (code.startsWith('Neo.ClientError.Security.'))
        return true;
    // still transient after the driver's retries (deadlocks, leader switch, DatabaseUnavailable, memory pressure…)
    if (code.startsWith('Neo.TransientError.'))
        return true;
    // GQLSTATUS class 08: connection exception
    if (typeof e.gqlStatus === 'string' && e.gqlStatus.startsWith('08'))
        return true;
    // the pool had no connection to give within connectionAcquisitionTimeout (the driver gives it no code)
    return typeof e.message === 'string' && e.message.startsWith('Connection acquisition timed out');
}
/** True when the error, or one of its first few causes, says the store cannot be used right now. */
export function isStoreUnavailable(err) {
    let e = err;
    for (let i = 0; i < 5 && e && typeof e === 'object'; i++, e = e.cause) {
        if (unavailableItself(e))
            return true;
    }
    return false;
}
/**
 * The error came from the driver or the engine (a Neo4jError, duck-typed too in case two copies of the
 * driver are loaded, or a bare socket error), not from our own code (a unit of work, a scan's row callback).
 */
export function isEngineError(err) {
    if (err instanceof Neo4jError)
        return true;
    if (!err || typeof err !== 'object')
        return false;
    const e = err;
    return e.name === 'Neo4jError' || e.name === 'GQLError' || SOCKET_CODES.has(codeOf(e));
}
/** A domain error that keeps the engine's error as its (non-enumerable) `cause`, for the server log only. */
function withCause(error, cause) {
    Object.defineProperty(error, 'cause', { value: cause, writable: true, configurable: true, enumerable: false });
    return error;
}
/**
 * Maps what a Neo4j call finally failed with:
 * - anything that is not an engine error unchanged: our own refusals (DomainError), StoreErrors, and
 *   whatever a unit of work or a scan's row callback threw;
 * - a uniqueness constraint violation → `CONFLICT`, as on the embedded engine;
 * - connection, session, authentication and exhausted transient errors → `STORE_UNAVAILABLE`, generic message;
 * - anything else (a Cypher error is our bug) → StoreError, which `formatError` masks as an internal error.
 * Engine text never reaches a client: it stays in the StoreError message or the DomainError's `cause`.
 * Call it only outside the function given to `executeRead`/`executeWrite`.
 */
export function mapNeo4jError(err, query) {
    if (err instanceof DomainError || err instanceof StoreError || !isEngineError(err))
        return err;
    const e = (err && typeof err === 'object' ? err : {});
    if (CONFLICT_CODES.has(codeOf(e)))
        return withCause(new DomainError('CONFLICT', CONFLICT_MESSAGE), err);
    if (isStoreUnavailable(err))
        return withCause(new DomainError('STORE_UNAVAILABLE', STORE_UNAVAILABLE_MESSAGE), err);
    const message = err instanceof Error ? err.message : String(err);
    const code = codeOf(e);
    const what = query ? `Neo4j query "${query}"` : 'Neo4j request';
    return new StoreError(`${what} failed${code ? ` (${code})` : ''}: ${message}`, query, { cause: err });
}
//# sourceMappingURL=neo4j-errors.js.map