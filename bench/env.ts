// Imported first by bench.ts, before anything that creates the logger: the
// server's per-request logs would otherwise interleave with the report.
process.env.LOG_LEVEL ??= 'warn';
