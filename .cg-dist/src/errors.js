/**
 * An error the domain raises on purpose. Services and the store throw these;
 * only `formatError` turns them into GraphQL errors, so nothing below the
 * resolvers knows about GraphQL.
 */
export class DomainError extends Error {
    constructor(code, message, 
    /** The offending input field, as a dotted path (`input.strength`). */
    field) {
        super(message);
        this.code = code;
        this.field = field;
        this.name = 'DomainError';
    }
}
export const badInput = (field, message) => new DomainError('BAD_USER_INPUT', message, field);
export const notFound = (field, what, id) => new DomainError('NOT_FOUND', `${what} "${id}" does not exist`, field);
/** Codes Apollo and graphql-js attach themselves, passed through unchanged. */
const PASS_THROUGH = new Set([
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'BAD_USER_INPUT',
    'BAD_REQUEST',
    'PERSISTED_QUERY_NOT_FOUND',
    'PERSISTED_QUERY_NOT_SUPPORTED',
    'OPERATION_RESOLUTION_FAILURE',
    'QUERY_TOO_COMPLEX',
]);
/** The innermost cause: graphql-js and Apollo wrap resolver errors in GraphQLErrors (`originalError`). */
function rootCause(error) {
    let e = error;
    for (let i = 0; i < 5 && e && typeof e === 'object' && e.originalError; i++)
        e = e.originalError;
    return e;
}
/**
 * Apollo `formatError`: domain errors keep their code and field, known
 * GraphQL-level errors pass through, everything else is masked so no stack
 * trace or engine message ever reaches a client. Duck-typed on purpose:
 * type-graphql (CJS) and Apollo (ESM) may load different copies of graphql,
 * so `instanceof GraphQLError` is not reliable.
 */
export function formatError(formatted, error) {
    const cause = rootCause(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (cause instanceof DomainError) {
        return { ...base, message: cause.message, extensions: { code: cause.code, ...(cause.field ? { field: cause.field } : {}) } };
    }
    const causeCode = cause?.extensions?.code;
    if (causeCode === 'QUERY_TOO_COMPLEX') {
        // the limit and what was measured (docs/limits.md): numbers only
        const ext = cause.extensions;
        const measured = Object.fromEntries(['cost', 'limit', 'depth', 'aliases', 'directives'].filter((k) => typeof ext[k] === 'number').map((k) => [k, ext[k]]));
        return { ...base, extensions: { code: 'QUERY_TOO_COMPLEX', ...measured } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
        const field = code === 'BAD_USER_INPUT' ? fieldFromMessage(formatted.message) : undefined;
        return { ...base, extensions: { code, ...(field ? { field } : {}) } };
    }
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
/**
 * graphql-js reports a variable that fails coercion as
 * `Variable "$input" got invalid value … at "input.email"; …`: the path after
 * `at` (or the variable name) is the offending field.
 */
function fieldFromMessage(message) {
    const m = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?;/.exec(message);
    return m ? (m[2] ?? m[1]) : undefined;
}
//# sourceMappingURL=errors.js.map