import { GraphQLError, Kind } from 'graphql';
/**
 * A validation rule refusing operations nested deeper than `max` fields
 * (QUERY_TOO_COMPLEX, with `depth` and `limit`): a cheap guard against
 * queries that walk the whole graph. Introspection fields (`__schema`,
 * `__type`, `__typename`) count as depth 0.
 *
 * Each fragment's depth is computed once per document, so a "fragment bomb"
 * (fragments spreading the next one twice, 2^n expansions) costs linear time;
 * a fragment cycle (refused by graphql-js's own NoFragmentCycles) counts as 0.
 */
export function depthLimit(max) {
    return (context) => {
        const fragments = new Map();
        for (const d of context.getDocument().definitions)
            if (d.kind === Kind.FRAGMENT_DEFINITION)
                fragments.set(d.name.value, d);
        /** fragment name → its depth; -1 while being computed (a cycle) */
        const memo = new Map();
        const fragmentDepth = (name) => {
            const known = memo.get(name);
            if (known !== undefined)
                return Math.max(known, 0);
            memo.set(name, -1);
            const d = depthOf(fragments.get(name)?.selectionSet);
            memo.set(name, d);
            return d;
        };
        const depthOf = (set) => {
            if (!set)
                return 0;
            let deepest = 0;
            for (const s of set.selections) {
                if (s.kind === Kind.FIELD)
                    deepest = Math.max(deepest, s.name.value.startsWith('__') ? 0 : 1 + depthOf(s.selectionSet));
                else if (s.kind === Kind.INLINE_FRAGMENT)
                    deepest = Math.max(deepest, depthOf(s.selectionSet));
                else
                    deepest = Math.max(deepest, fragmentDepth(s.name.value));
            }
            return deepest;
        };
        return {
            OperationDefinition(node) {
                const depth = depthOf(node.selectionSet);
                if (depth > max) {
                    context.reportError(new GraphQLError(`query depth ${depth} exceeds the limit of ${max}`, {
                        nodes: [node],
                        extensions: { code: 'QUERY_TOO_COMPLEX', depth, limit: max },
                    }));
                }
            },
        };
    };
}
//# sourceMappingURL=depth-limit.js.map