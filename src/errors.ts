import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The fixed error codes of the API (DESIGN §1 "Errors"). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'QUERY_TOO_COMPLEX'
  | 'STORE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/**
 * An error the domain raises on purpose. Services and the store throw these;
 * only `formatError` turns them into GraphQL errors, so nothing below the
 * resolvers knows about GraphQL.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The offending input field, as a dotted path (`input.strength`). */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, field);
export const notFound = (field: string, what: string, id: string) =>
  new DomainError('NOT_FOUND', `${what} "${id}" does not exist`, field);

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

/**
 * Apollo `formatError`: domain errors keep their code and field, known
 * GraphQL-level errors pass through, everything else is masked so no stack
 * trace or engine message ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError ?? error : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // type-graphql's argument validation and graphql-js coercion errors
  if (original instanceof GraphQLError && !(original.originalError) && formatted.extensions?.code === undefined) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
