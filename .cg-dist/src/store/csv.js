import { closeSync, openSync, writeSync } from 'node:fs';
/** Thrown by a formatter when a string value equals the null token; the file is rewritten with another token. */
class TokenClash extends Error {
}
const NEEDS_QUOTES = /[",\r\n]/;
const HAS_NEWLINE = /[\r\n]/;
function str(v, ctx) {
    if (v === null || v === undefined)
        return ctx.token;
    const s = typeof v === 'string' ? v : String(v);
    if (s === ctx.token)
        throw new TokenClash();
    if (s === '')
        return '""';
    if (NEEDS_QUOTES.test(s)) {
        if (HAS_NEWLINE.test(s))
            ctx.newline = true;
        return '"' + s.replace(/"/g, '""') + '"';
    }
    return s;
}
function other(v) {
    if (v === null || v === undefined)
        return '';
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    const s = String(v);
    return NEEDS_QUOTES.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
/**
 * One line per row, compiled once per column list: a generated function that
 * reads each field by name is several times faster than a loop over getters
 * (2.5M rows per part at scale L). Field names are JSON-quoted into the code.
 */
function compile(columns) {
    const parts = columns.map((c) => {
        const get = `r[${JSON.stringify(c.field)}]`;
        return c.type === 'string' ? `str(${get}, ctx)` : `other(${get})`;
    });
    const body = `return ${parts.join(" + ',' + ")} + '\\n';`;
    return new Function('str', 'other', `return function (r, ctx) { ${body} };`)(str, other);
}
const yieldToLoop = () => new Promise((resolve) => setImmediate(resolve));
/**
 * Writes `rows` as a headed CSV file, columns in the given order, strings
 * quoted only when they must be. Values are not checked: a malformed date
 * fails at COPY time, as it would in a query. Yields to the event loop every
 * `yieldEvery` rows so a long write does not stall the process.
 */
export async function writeCsv(path, header, columns, rows, yieldEvery = 20_000) {
    const format = compile(columns);
    for (let attempt = 0;; attempt++) {
        const ctx = { token: attempt === 0 ? '\\N' : `\\N${attempt}`, newline: false };
        const fd = openSync(path, 'w');
        try {
            let buf = header.join(',') + '\n';
            for (let i = 0; i < rows.length; i++) {
                buf += format(rows[i], ctx);
                if (buf.length >= 1 << 20) {
                    writeSync(fd, buf);
                    buf = '';
                }
                if (i % yieldEvery === yieldEvery - 1)
                    await yieldToLoop();
            }
            if (buf.length)
                writeSync(fd, buf);
            return { rows: rows.length, nullToken: ctx.token, quotedNewline: ctx.newline };
        }
        catch (e) {
            if (!(e instanceof TokenClash))
                throw e;
        }
        finally {
            closeSync(fd);
        }
    }
}
/** A Cypher string literal for `s` (single-quoted, backslashes and quotes escaped). */
export function cypherString(s) {
    return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
/** The COPY … FROM options matching a file `writeCsv` wrote. */
export function copyOptions(info) {
    const opts = [
        'HEADER=true', "DELIM=','", `QUOTE='"'`, `ESCAPE='"'`, 'auto_detect=false',
        `NULL_STRINGS=[${cypherString(info.nullToken)}]`,
    ];
    if (info.quotedNewline)
        opts.push('PARALLEL=false');
    return `(${opts.join(', ')})`;
}
//# sourceMappingURL=csv.js.map