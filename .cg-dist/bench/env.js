// Imported first by bench.ts, before anything that creates the logger: the
// server's per-request logs would otherwise interleave with the report.
process.env.LOG_LEVEL ??= 'warn';
// The server runs as it is deployed: with NODE_ENV=production graphql-js skips its development-mode
// checks (its `instanceOf` walks prototypes on every type test), which cost a third of a nested query.
process.env.NODE_ENV ??= 'production';
export {};
//# sourceMappingURL=env.js.map