import { Readable } from 'node:stream';
import { unzip } from 'fflate';
import { SENSITIVE_READERS, WRITERS } from '../auth/identity.js';
import { contextFor } from '../context.js';
import { DomainError } from '../errors.js';
import { identityOf } from './request-identity.js';
import { bundleFiles, zipFiles } from '../exchange/bundle-writer.js';
import { graphml, jsonLines, oursOf, selectAccount, selectAll, withoutSensitive } from '../exchange/exporter.js';
import { runImport } from '../exchange/importer.js';
import { contactMetrics } from '../exchange/metrics.js';
import { memorySource } from '../exchange/reader.js';
const refuse = (reply, status, code, message) => reply.code(status).send({ errors: [{ message, extensions: { code } }] });
/**
 * Data in and out over HTTP (docs/data-exchange.md "Over HTTP"), with the
 * same identity and access as GraphQL (the server's credential hook covers
 * these paths):
 * - `POST /import` — a zip of bundle files; `?skipInvalid=true`, `?dryRun=true`.
 *   Writers only; an EDITOR's accounts claim applies. 200 with the result,
 *   422 when refused for problems in the bundle.
 * - `GET /export/graphml|jsonl|csv` — `?account=ID`, `?metrics=true`; the
 *   caller's scope applies (an ACCOUNT_VIEWER exports only what it sees).
 *   csv is a zip of the bundle (the import format).
 */
export async function registerExchange(fastify, core, maxImportBytes) {
    fastify.addContentTypeParser(['application/zip', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: maxImportBytes }, (_req, body, done) => done(null, body));
    fastify.post('/import', { bodyLimit: maxImportBytes }, async (req, reply) => {
        if (!WRITERS.includes(identityOf(req).role))
            return refuse(reply, 403, 'FORBIDDEN', `import needs one of the roles ${WRITERS.join(', ')}`);
        if (!Buffer.isBuffer(req.body))
            return refuse(reply, 415, 'BAD_USER_INPUT', 'send the bundle as a zip (Content-Type: application/zip)');
        let files;
        try {
            // off the main thread (fflate's async unzip runs in a worker): a large upload must not stall other requests
            files = await new Promise((resolve, reject) => unzip(new Uint8Array(req.body), (err, data) => (err ? reject(err) : resolve(data))));
        }
        catch {
            return refuse(reply, 400, 'BAD_USER_INPUT', 'the body is not a zip file');
        }
        // a zip made from a folder may carry the folder's name: bundle files are matched by their base name
        const flat = Object.fromEntries(Object.entries(files).filter(([k]) => !k.endsWith('/')).map(([k, v]) => [k.split('/').pop(), v]));
        const ctx = await contextFor(core, identityOf(req), String(req.id));
        ctx.operation.field = 'import';
        let result;
        try {
            result = await runImport(ctx.services.writer, memorySource(flat), { skipInvalid: req.query.skipInvalid === 'true', dryRun: req.query.dryRun === 'true' });
        }
        catch (e) {
            if (!(e instanceof DomainError))
                throw e;
            const status = { FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404, CONFLICT: 409, UNAUTHENTICATED: 401, STORE_UNAVAILABLE: 503 }[e.code] ?? 500;
            return refuse(reply, status, e.code, e.message);
        }
        return reply.code(result.problems.length && !result.written && req.query.skipInvalid !== 'true' ? 422 : 200).send(result);
    });
    fastify.get('/export/:format', async (req, reply) => {
        const { format } = req.params;
        if (!['graphml', 'jsonl', 'csv'].includes(format))
            return refuse(reply, 404, 'NOT_FOUND', 'formats: graphml, jsonl, csv');
        const ctx = await contextFor(core, identityOf(req), String(req.id));
        const visible = await ctx.services.readModel.ready();
        // the same field rule as GraphQL: attitude only for VIEWER and above
        const g = SENSITIVE_READERS.includes(identityOf(req).role) ? visible : withoutSensitive(visible);
        const s = req.query.account ? selectAccount(g, req.query.account) : selectAll(g);
        if (!s)
            return refuse(reply, 404, 'NOT_FOUND', `account "${req.query.account}" does not exist`);
        const metrics = req.query.metrics === 'true' ? await contactMetrics(ctx.services, g, s) : undefined;
        const name = `kamgraph${req.query.account ? `-${req.query.account.replace(/[^\w.-]/g, '_')}` : ''}`;
        if (format === 'csv') {
            return reply.type('application/zip').header('content-disposition', `attachment; filename="${name}.zip"`).send(Buffer.from(zipFiles(bundleFiles(g, s))));
        }
        const chunks = format === 'graphml' ? graphml(g, s, oursOf(g), metrics) : jsonLines(g, s, oursOf(g), metrics);
        reply.type(format === 'graphml' ? 'application/graphml+xml' : 'application/x-ndjson').header('content-disposition', `attachment; filename="${name}.${format}"`);
        // streamed: the whole graph's GraphML is never one string
        return reply.send(Readable.from(chunks));
    });
}
//# sourceMappingURL=exchange.routes.js.map