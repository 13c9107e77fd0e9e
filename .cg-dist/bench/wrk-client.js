/**
 * The load generator for timed runs when Debian's `wrk` is installed: a C
 * client on epoll, so on a 2-core machine it leaves more of the machine to the
 * server than autocannon (a Node process) does. Same contract as
 * `load-client.ts`: bodies cycled across connections, every 2xx body checked
 * for a GraphQL `errors` member, latencies at microsecond resolution.
 *
 * One wrk thread: with two cores, a second client thread would only take CPU
 * from the server. Exact-count runs (`amount`) stay with autocannon.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
/** true when a `wrk` binary answers on PATH */
export function wrkAvailable() {
    const r = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
    return r.error === undefined && /wrk/i.test(`${r.stdout}${r.stderr}`);
}
const luaString = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
/** The Lua script: request() cycles bodies, response() counts failures, done() prints one JSON line. */
function script(bodies, headers = {}) {
    return `
-- counters are globals: done() reads them per thread with thread:get()
local bodies = { ${bodies.map(luaString).join(',\n')} }
local threads = {}
local i = 0
non2xx = 0
gqlErrors = 0
firstError = ""
wrk.method = "POST"
wrk.headers["content-type"] = "application/json"
${Object.entries(headers).map(([k, v]) => `wrk.headers[${luaString(k)}] = ${luaString(v)}`).join('\n')}
function setup(thread) table.insert(threads, thread) end
function request()
  i = i + 1
  return wrk.format(nil, nil, nil, bodies[(i - 1) % #bodies + 1])
end
function response(status, headers, body)
  if status < 200 or status >= 300 then
    non2xx = non2xx + 1
    if firstError == "" then firstError = "HTTP " .. status .. ": " .. string.sub(body or "", 1, 300) end
  elseif body and string.find(body, '"errors"', 1, true) then
    gqlErrors = gqlErrors + 1
    if firstError == "" then firstError = string.sub(body, 1, 300) end
  end
end
function done(summary, latency, requests)
  local n2, ge, fe = 0, 0, ""
  for _, t in ipairs(threads) do
    n2 = n2 + t:get("non2xx")
    ge = ge + t:get("gqlErrors")
    if fe == "" then fe = t:get("firstError") end
  end
  fe = string.gsub(fe, '[%c"\\\\]', ' ')
  local e = summary.errors
  io.write(string.format('@@RESULT {"responses":%d,"elapsedUs":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%f,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"non2xx":%d,"gql":%d,"firstError":"%s"}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    e.connect, e.read, e.write, e.status, e.timeout, n2, ge, fe))
end
`;
}
export async function runWrk(req) {
    if (req.amount)
        throw new Error('wrk runs are timed; use autocannon for exact counts');
    const dir = mkdtempSync(join(tmpdir(), 'kamgraph-wrk-'));
    try {
        const file = join(dir, 'bodies.lua');
        writeFileSync(file, script(req.bodies, req.headers));
        const args = ['-t', '1', '-c', String(req.connections), '-d', `${req.duration ?? 10}s`, '--timeout', `${req.timeout}s`, '-s', file, req.url];
        const out = await new Promise((resolve, reject) => {
            const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
            let text = '';
            child.stdout.on('data', (d) => (text += d));
            child.stderr.on('data', (d) => (text += d));
            child.on('error', reject);
            child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}: ${text.slice(0, 300)}`))));
        });
        const line = out.split('\n').find((l) => l.startsWith('@@RESULT '));
        if (!line)
            throw new Error(`wrk printed no result: ${out.slice(0, 300)}`);
        const r = JSON.parse(line.slice(9));
        const ms = (us) => Number(us) / 1000;
        const responses = Number(r.responses);
        const elapsedMs = ms(r.elapsedUs);
        return {
            connections: req.connections,
            responses,
            elapsedMs,
            rps: responses / (elapsedMs / 1000),
            latencyMs: { p50: ms(r.p50), p90: ms(r.p90), p99: ms(r.p99), max: ms(r.max), mean: ms(r.mean) },
            errors: Number(r.connect) + Number(r.read) + Number(r.write) + Number(r.timeout),
            timeouts: Number(r.timeout),
            non2xx: Number(r.non2xx),
            graphqlErrors: Number(r.gql),
            firstError: r.firstError ? String(r.firstError) : undefined,
        };
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
//# sourceMappingURL=wrk-client.js.map