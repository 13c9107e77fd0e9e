import { badInput } from '../errors.js';

/**
 * Periods of sales and of commercial queries (docs/commercial.md "Periods").
 * Months are counted as one integer, `year × 12 + (month − 1)`, so a period
 * is a half-open range of month numbers and comparisons are integer ones.
 *
 * - A **sale** is of one month (`YYYY-MM`) or one year (`YYYY`).
 * - A **query** asks for a year (`YYYY`), a month (`YYYY-MM`) or a range
 *   `FROM..TO` of those (both ends inclusive: `2025-01..2025-06`,
 *   `2024..2025`); default: the last complete calendar year (UTC).
 * - A sale counts in a query period by the share of its months inside it: a
 *   monthly sale wholly or not at all, a yearly sale by twelfths (a yearly
 *   sale of 2025 counts half in `2025-01..2025-06`).
 */
export interface PeriodWindow {
  /** first month (inclusive) */
  from: number;
  /** month after the last (exclusive) */
  to: number;
  /** as the caller would write it: `2025`, `2025-03`, `2025-01..2025-06` */
  label: string;
}

const SALE_RE = /^(\d{4})(?:-(\d{2}))?$/;

export const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);
export const yearOf = (m: number): number => Math.floor(m / 12);

/** `YYYY-MM` of a month number. */
export function monthLabel(m: number): string {
  return `${String(yearOf(m)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** A sale's period → its first month and length (1 or 12); null when it is neither `YYYY-MM` nor `YYYY`. */
export function parseSalePeriod(s: string): { start: number; length: 1 | 12 } | null {
  const m = SALE_RE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2999) return null;
  if (m[2] === undefined) return { start: monthIndex(year, 1), length: 12 };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { start: monthIndex(year, month), length: 1 };
}

/** A sale's period as written (`YYYY` or `YYYY-MM`) from its first month and length. */
export function salePeriodLabel(start: number, length: number): string {
  return length === 12 ? String(yearOf(start)).padStart(4, '0') : monthLabel(start);
}

/** The label of a window: a year, a month, or `FROM..TO`. */
export function windowLabel(from: number, to: number): string {
  if (to - from === 12 && from % 12 === 0) return String(yearOf(from));
  if (to - from === 1) return monthLabel(from);
  return `${monthLabel(from)}..${monthLabel(to - 1)}`;
}

/** The last complete calendar year before `today` (UTC), as a window. */
export function lastCompleteYear(today = new Date()): PeriodWindow {
  const y = today.getUTCFullYear() - 1;
  return { from: monthIndex(y, 1), to: monthIndex(y + 1, 1), label: String(y) };
}

/**
 * A query's `period` argument → a window; null or absent → the last
 * complete year. Refused with BAD_USER_INPUT naming `field` when malformed,
 * reversed, or longer than 120 months.
 */
export function parsePeriod(value: string | null | undefined, field = 'period', today = new Date()): PeriodWindow {
  if (value === null || value === undefined) return lastCompleteYear(today);
  const bad = () => badInput(field, `${field} must be YYYY, YYYY-MM or FROM..TO of those (e.g. 2025, 2025-03, 2025-01..2025-06), got "${value}"`);
  const [a, b, ...rest] = value.trim().split('..');
  if (rest.length) throw bad();
  const start = parseSalePeriod(a ?? '');
  const end = b === undefined ? start : parseSalePeriod(b);
  if (!start || !end) throw bad();
  const from = start.start;
  const to = end.start + end.length;
  if (to <= from) throw badInput(field, `${field} ends before it starts: "${value}"`);
  if (to - from > 120) throw badInput(field, `${field} spans more than 120 months: "${value}"`);
  return { from, to, label: windowLabel(from, to) };
}

/** The window of the same length just before (growth compares with it: 2025 → 2024). */
export function previousWindow(w: PeriodWindow): PeriodWindow {
  const n = w.to - w.from;
  return { from: w.from - n, to: w.from, label: windowLabel(w.from - n, w.from) };
}

/** The share of a sale (first month, length) that falls in the window: 0..1. */
export function overlap(start: number, length: number, from: number, to: number): number {
  const lo = start > from ? start : from;
  const hi = start + length < to ? start + length : to;
  return hi > lo ? (hi - lo) / length : 0;
}

/** Month number of a `YYYY-MM-DD` date (its month). */
export function monthOfDate(iso: string): number {
  return monthIndex(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));
}
