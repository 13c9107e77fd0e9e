import { defaultFieldResolver } from 'graphql';
import { DomainError } from '../errors.js';
import { WRITERS } from './identity.js';
/**
 * The GraphQL half of the access rule (docs/access.md): which roles may call
 * which field. `@Authorized(roles)` marks the exceptions (the audit log,
 * sensitive fields); every root Mutation field needs a writer role, checked
 * once here rather than per resolver. Which items a caller sees is the other
 * half: the scoped read model (`ScopedGraph`), applied below the services.
 */
export class AccessChecker {
    check({ context }, roles) {
        if (roles.length === 0 || roles.includes(context.identity.role))
            return true;
        throw new DomainError('FORBIDDEN', `this field needs one of the roles ${roles.join(', ')}`);
    }
}
/**
 * Root Mutation fields: writers only; also names the operation for the audit
 * log. Wraps the Mutation fields' resolvers once, after the schema is built,
 * so queries pay nothing (a global type-graphql middleware would run on
 * every field of every query).
 */
export function guardMutations(schema) {
    const fields = schema.getMutationType()?.getFields() ?? {};
    for (const field of Object.values(fields)) {
        const resolve = field.resolve ?? defaultFieldResolver;
        field.resolve = (root, args, context, info) => {
            if (!WRITERS.includes(context.identity.role)) {
                throw new DomainError('FORBIDDEN', `${info.fieldName} needs one of the roles ${WRITERS.join(', ')}`);
            }
            context.operation.field = info.fieldName;
            return resolve(root, args, context, info);
        };
    }
    return schema;
}
//# sourceMappingURL=graphql-access.js.map