/** The commercial view of a graph the services got from their source (the read model, or its scoped view). */
export function commercialGraph(g) {
    if (typeof g.forEachSaleOf !== 'function')
        throw new Error('this view of the graph has no commercial part');
    return g;
}
//# sourceMappingURL=read-graph.js.map