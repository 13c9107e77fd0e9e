import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
/**
 * Prometheus metrics (`GET /metrics`, docs/operations.md "Metrics"): one
 * registry per server, so tests can start several.
 */
export function createMetrics(read) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: 'kamgraph_process_' });
    const requestSeconds = new Histogram({
        name: 'kamgraph_graphql_request_duration_seconds',
        help: 'GraphQL request duration by operation name (anonymous when unnamed)',
        labelNames: ['operation'],
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
        registers: [registry],
    });
    const errors = new Counter({ name: 'kamgraph_graphql_errors_total', help: 'GraphQL errors by code', labelNames: ['code'], registers: [registry] });
    const storeCalls = new Counter({ name: 'kamgraph_store_round_trips_total', help: 'Statements of committed writes sent to the graph store (reads are answered by the read model)', labelNames: ['kind'], registers: [registry] });
    new Gauge({
        name: 'kamgraph_projection_build_seconds', help: 'How long the last read-model build took', registers: [registry],
        collect() { this.set(read.projection().buildMs / 1000); },
    });
    new Gauge({
        name: 'kamgraph_projection_generation', help: 'Read-model builds since start', registers: [registry],
        collect() { this.set(read.projection().generation); },
    });
    new Gauge({
        name: 'kamgraph_projection_version', help: 'Changes applied to the current read model', registers: [registry],
        collect() { this.set(read.projection().version); },
    });
    new Gauge({
        name: 'kamgraph_store_wal_bytes', help: 'Size of the store write-ahead log (0 on Neo4j)', registers: [registry],
        collect() { this.set(read.walBytes()); },
    });
    return { registry, requestSeconds, errors, storeCalls };
}
//# sourceMappingURL=metrics.js.map