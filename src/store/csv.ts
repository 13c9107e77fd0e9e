import { closeSync, openSync, writeSync } from 'node:fs';
import type { PropType } from './graph-schema.js';

/**
 * CSV files for LadybugDB's `COPY … FROM` (bulk loads). What the engine does
 * with them (@ladybugdb/core 0.19.1, checked in test/store/csv.test.ts and
 * docs/store-plans.md "CSV"):
 * - RFC 4180 quoting: a field in double quotes with `"` doubled inside keeps
 *   commas, quotes, CR/LF and leading or trailing blanks; a backslash is an
 *   ordinary character. COPY runs with DELIM=',', QUOTE='"', ESCAPE='"' and
 *   auto_detect=false, so nothing is sniffed from the data.
 * - A quoted CR or LF needs `PARALLEL=FALSE` (the parallel reader refuses it);
 *   the writer reports whether it wrote one, so only such files pay for it.
 * - Null vs empty string: in a STRING column every field equal to one of
 *   `NULL_STRINGS` becomes null, quoted or not (the default `['']` would turn
 *   `""` into null too). So string nulls are written as a token that no value
 *   of the file equals (`\N`, or `\N1`, … if some value is `\N`) and
 *   `NULL_STRINGS` names it; `""` then stays an empty string. Other column
 *   types read an empty field as null (a token would fail to cast there).
 */
export interface CsvColumn {
  /** the row field holding the value */
  field: string;
  type: PropType;
}

export interface CsvFileInfo {
  rows: number;
  /** the token written for null strings: pass it as NULL_STRINGS */
  nullToken: string;
  /** some string value holds CR or LF: COPY needs PARALLEL=FALSE */
  quotedNewline: boolean;
}

/** Thrown by a formatter when a string value equals the null token; the file is rewritten with another token. */
class TokenClash extends Error {}

const NEEDS_QUOTES = /[",\r\n]/;
const HAS_NEWLINE = /[\r\n]/;

/** Per-file state the generated formatter reads and writes. */
interface Ctx {
  token: string;
  newline: boolean;
}

function str(v: unknown, ctx: Ctx): string {
  if (v === null || v === undefined) return ctx.token;
  const s = typeof v === 'string' ? v : String(v);
  if (s === ctx.token) throw new TokenClash();
  if (s === '') return '""';
  if (NEEDS_QUOTES.test(s)) {
    if (HAS_NEWLINE.test(s)) ctx.newline = true;
    return '"' + s.replace(/"/g, '""') + '"';
  }
  return s;
}

function other(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  return NEEDS_QUOTES.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

type Formatter = (row: Record<string, unknown>, ctx: Ctx) => string;

/**
 * One line per row, compiled once per column list: a generated function that
 * reads each field by name is several times faster than a loop over getters
 * (2.5M rows per part at scale L). Field names are JSON-quoted into the code.
 */
function compile(columns: readonly CsvColumn[]): Formatter {
  const parts = columns.map((c) => {
    const get = `r[${JSON.stringify(c.field)}]`;
    return c.type === 'string' ? `str(${get}, ctx)` : `other(${get})`;
  });
  const body = `return ${parts.join(" + ',' + ")} + '\\n';`;
  return new Function('str', 'other', `return function (r, ctx) { ${body} };`)(str, other) as Formatter;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes `rows` as a headed CSV file, columns in the given order, strings
 * quoted only when they must be. Values are not checked: a malformed date
 * fails at COPY time, as it would in a query. Yields to the event loop every
 * `yieldEvery` rows so a long write does not stall the process.
 */
export async function writeCsv(path: string, header: readonly string[], columns: readonly CsvColumn[], rows: readonly Record<string, unknown>[], yieldEvery = 20_000): Promise<CsvFileInfo> {
  const format = compile(columns);
  for (let attempt = 0; ; attempt++) {
    const ctx: Ctx = { token: attempt === 0 ? '\\N' : `\\N${attempt}`, newline: false };
    const fd = openSync(path, 'w');
    try {
      let buf = header.join(',') + '\n';
      for (let i = 0; i < rows.length; i++) {
        buf += format(rows[i], ctx);
        if (buf.length >= 1 << 20) {
          writeSync(fd, buf);
          buf = '';
        }
        if (i % yieldEvery === yieldEvery - 1) await yieldToLoop();
      }
      if (buf.length) writeSync(fd, buf);
      return { rows: rows.length, nullToken: ctx.token, quotedNewline: ctx.newline };
    } catch (e) {
      if (!(e instanceof TokenClash)) throw e;
    } finally {
      closeSync(fd);
    }
  }
}

/** A Cypher string literal for `s` (single-quoted, backslashes and quotes escaped). */
export function cypherString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The COPY … FROM options matching a file `writeCsv` wrote. */
export function copyOptions(info: CsvFileInfo): string {
  const opts = [
    'HEADER=true', "DELIM=','", `QUOTE='"'`, `ESCAPE='"'`, 'auto_detect=false',
    `NULL_STRINGS=[${cypherString(info.nullToken)}]`,
  ];
  if (info.quotedNewline) opts.push('PARALLEL=false');
  return `(${opts.join(', ')})`;
}
