import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { parseSalePeriod } from '../domain/period.js';
import { BUNDLE, BUNDLE_FILES } from './bundle.js';
/** A folder of CSV files. */
export function folderSource(dir) {
    if (!existsSync(dir) || !statSync(dir).isDirectory())
        throw new Error(`${dir} is not a folder`);
    return {
        names: () => readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')),
        open: (name) => createReadStream(join(dir, name)),
    };
}
/** Files held in memory (an uploaded zip, tests). */
export function memorySource(files) {
    return {
        names: () => Object.keys(files),
        open: (name) => chunked(typeof files[name] === 'string' ? Buffer.from(files[name]) : Buffer.from(files[name])),
    };
}
/**
 * A buffer as a stream of 64 KiB chunks, one per turn of the event loop: on
 * a server, parsing an uploaded file must leave room for other requests
 * (a single chunk would be parsed in one synchronous call).
 */
function chunked(buf, size = 1 << 16) {
    let at = 0;
    return new Readable({
        read() {
            if (at >= buf.length) {
                this.push(null);
                return;
            }
            const end = Math.min(at + size, buf.length);
            const piece = buf.subarray(at, end);
            at = end;
            setImmediate(() => this.push(piece));
        },
    });
}
const ID_MAX = 200;
const TEXT_MAX = 2000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const CONTROL = /[\u0000-\u001f]/;
const TRUE = new Set(['true', '1', 'yes']);
const FALSE = new Set(['false', '0', 'no']);
/** Parses one cell by its column's kind; a string return is the reason it is refused. */
export function parseCell(column, raw) {
    // the common cases first, without allocating: a plain id or number needs no trim when it has no spaces
    if (raw.length > 0 && raw.length <= ID_MAX && (column.kind.type === 'id' || column.kind.type === 'ref') && raw.charCodeAt(0) > 32 && raw.charCodeAt(raw.length - 1) > 32 && !CONTROL.test(raw)) {
        return { value: raw };
    }
    const s = raw.trim();
    if (s === '')
        return column.required ? { reason: 'is required' } : { value: null };
    const k = column.kind;
    switch (k.type) {
        case 'id':
        case 'ref':
            if (s.length > ID_MAX || /[\u0000-\u001f]/.test(s))
                return { reason: `must be an id of at most ${ID_MAX} printable characters` };
            return { value: s };
        case 'refs': {
            const ids = s.split(';').map((x) => x.trim()).filter(Boolean);
            const bad = ids.find((x) => x.length > ID_MAX || CONTROL.test(x));
            if (bad !== undefined)
                return { reason: `must be ids of at most ${ID_MAX} printable characters, separated by ";"` };
            return { value: ids.join(';') };
        }
        case 'text':
            if (raw.length > (k.max ?? TEXT_MAX))
                return { reason: `is longer than ${k.max ?? TEXT_MAX} characters` };
            return { value: raw };
        case 'enum':
            return k.values.includes(s) ? { value: s } : { reason: `must be one of ${k.values.join(', ')}, got "${s}"` };
        case 'unit': {
            const n = Number(s);
            return Number.isFinite(n) && n >= 0 && n <= 1 && /^[\d.eE+-]+$/.test(s) ? { value: n } : { reason: `must be a number from 0 to 1, got "${s}"` };
        }
        case 'bool': {
            const l = s.toLowerCase();
            return TRUE.has(l) ? { value: true } : FALSE.has(l) ? { value: false } : { reason: `must be true or false, got "${s}"` };
        }
        case 'date': {
            const d = DATE_RE.test(s) ? new Date(`${s}T00:00:00Z`) : null;
            return d && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? { value: s } : { reason: `must be a date YYYY-MM-DD, got "${s}"` };
        }
        case 'money': {
            const n = Number(s);
            return NUMBER_RE.test(s) && Number.isFinite(n) && n >= 0 ? { value: n } : { reason: `must be an amount of 0 or more, got "${s}"` };
        }
        case 'number': {
            const n = Number(s);
            return NUMBER_RE.test(s) && Number.isFinite(n) ? { value: n } : { reason: `must be a number, got "${s}"` };
        }
        case 'int': {
            const n = Number(s);
            return /^[+-]?\d+$/.test(s) && n >= k.min && n <= k.max ? { value: n } : { reason: `must be a whole number from ${k.min} to ${k.max}, got "${s}"` };
        }
        case 'period':
            return parseSalePeriod(s) ? { value: s } : { reason: `must be a period YYYY-MM or YYYY, got "${s}"` };
    }
}
/**
 * Reads and parses every file of a bundle (streamed through csv-parse),
 * reporting every problem it finds: unknown files and columns, missing
 * required columns, malformed CSV, cells that fail their column's kind,
 * duplicate keys within a file. Cross-file checks (references, ours vs.
 * theirs, cycles) are `validate.ts`'s.
 */
export async function readBundle(source, problems, onRows) {
    const out = new Map();
    const present = new Set(source.names());
    for (const name of present) {
        if (!BUNDLE_FILES.has(name))
            problems.push({ file: name, line: 0, column: null, reason: `not a bundle file; expected ${BUNDLE.map((f) => f.file).join(', ')}` });
    }
    for (const spec of BUNDLE) {
        if (!present.has(spec.file))
            continue;
        out.set(spec.name, await readFile(spec, source.open(spec.file), problems, onRows));
    }
    return out;
}
async function readFile(spec, input, problems, onRows) {
    const file = spec.file;
    const parsed = { spec, file, columns: new Set(), rows: [] };
    // no `info: true`: it builds an object per record; the parser's running `info.lines` is the same line at emit time
    const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true });
    let header = null;
    const seen = new Map();
    const onRecord = (record) => {
        const line = parser.info.lines;
        if (!header) {
            header = record.map((h) => {
                const c = spec.columns.find((x) => x.name === h.trim()) ?? null;
                if (!c)
                    problems.push({ file, line, column: h, reason: `unknown column; ${file} has ${spec.columns.map((x) => x.name).join(', ')}` });
                else
                    parsed.columns.add(c.name);
                return c;
            });
            for (const c of spec.columns)
                if (c.required && !parsed.columns.has(c.name))
                    problems.push({ file, line, column: c.name, reason: 'required column is missing' });
            return;
        }
        if (record.length !== header.length) {
            problems.push({ file, line, column: null, reason: `has ${record.length} fields, the header has ${header.length}` });
            parsed.rows.push({ line, values: {}, ok: false });
            return;
        }
        const row = { line, values: {}, ok: true };
        for (let i = 0; i < header.length; i++) {
            const c = header[i];
            if (!c)
                continue;
            const r = parseCell(c, record[i]);
            if ('reason' in r) {
                problems.push({ file, line, column: c.name, reason: r.reason });
                row.ok = false;
            }
            else
                row.values[c.name] = r.value;
        }
        if (row.ok && spec.key.every((k) => parsed.columns.has(k))) {
            const key = spec.key.length === 1 ? String(row.values[spec.key[0]]) : spec.key.map((k) => row.values[k]).join('\u0000');
            const first = seen.get(key);
            if (first !== undefined) {
                problems.push({ file, line, column: spec.key.join('+'), reason: `duplicate of line ${first}` });
                row.ok = false;
            }
            else
                seen.set(key, line);
        }
        parsed.rows.push(row);
        if (onRows && parsed.rows.length % 5000 === 0)
            onRows(file, parsed.rows.length, false);
    };
    // records are handled synchronously as the parser emits them: an async iterator would cost a promise per row
    await new Promise((resolve) => {
        parser.on('data', onRecord);
        parser.on('error', (e) => {
            problems.push({ file, line: e.lines ?? 0, column: null, reason: `malformed CSV: ${e.message}` });
            header ??= [];
            resolve();
        });
        parser.on('end', () => resolve());
        input.on('error', (e) => parser.destroy(e));
        input.pipe(parser);
    });
    if (!header)
        problems.push({ file, line: 1, column: null, reason: 'empty file: a header row is required' });
    onRows?.(file, parsed.rows.length, true);
    return parsed;
}
//# sourceMappingURL=reader.js.map