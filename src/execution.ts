import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { getOperationAST, getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
interface Compiled {
  operation: OperationDefinitionNode | null;
  query: CompiledQuery | ExecutionResult;
}

/**
 * graphql-jit's errors are not graphql-js's: no `extensions` object unless the
 * cause had one, which Apollo's error formatting assumes. Rebuilt as
 * graphql-js errors with the same message, path, locations and cause, they
 * reach `formatError` exactly as the interpreter's would.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const out = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions ?? undefined });
  if (e.locations) (out as { locations?: unknown }).locations = e.locations;
  return out;
}

/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter
 * (docs/decisions.md "Compiled execution"): each validated document is
 * compiled once into a function, and every later request with the same text
 * runs that function. On the API's large lists (coverage with its decision
 * makers and holders, nested people pages) graphql-js spent most of the main
 * thread resolving fields one by one; the compiled form does the same work
 * without the per-field interpretation.
 *
 * It plugs into Apollo through the one documented hook for a custom executor,
 * the gateway interface: Apollo still parses, validates (with our limits) and
 * runs every plugin; only `execute` changes. Compiled queries are kept per
 * parsed document, which Apollo itself caches per query text (an LRU), so the
 * compiled forms live exactly as long as Apollo keeps the document.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compile = (document: DocumentNode, operationName: string | null): Compiled => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let c = byOperation.get(key);
    if (!c) {
      const operation = getOperationAST(document, operationName) ?? null;
      // no such operation: the interpreter's error, which Apollo turns into its OPERATION_RESOLUTION_FAILURE
      const unknown = (): ExecutionResult => ({
        errors: [new GraphQLError(operationName ? `Unknown operation named "${operationName}".` : 'Must provide operation name if query contains multiple operations.')],
      });
      c = { operation, query: operation ? compileQuery(schema, document, operationName ?? undefined) : unknown() };
      byOperation.set(key, c);
    }
    return c;
  };
  return {
    async load() {
      return {
        executor: async (rc) => {
          // the name the client asked for (`rc.operationName` is the one Apollo resolved, null when none matched)
          const c = compile(rc.document, rc.request.operationName ?? null);
          if (!isCompiledQuery(c.query)) return c.query as ExecutionResult<Record<string, unknown>>;
          // variables are coerced by graphql-js, so a bad variable is refused with the interpreter's exact error
          // (Apollo codes it BAD_USER_INPUT, formatError names the field: docs/decisions.md "Errors")
          const coerced = getVariableValues(schema, c.operation?.variableDefinitions ?? [], rc.request.variables ?? {});
          if (coerced.errors) return { errors: coerced.errors };
          const result = (await c.query.query(undefined, rc.context, coerced.coerced)) as ExecutionResult<Record<string, unknown>>;
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
