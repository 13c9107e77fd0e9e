import { badInput } from '../errors.js';
const SALE_RE = /^(\d{4})(?:-(\d{2}))?$/;
export const monthIndex = (year, month) => year * 12 + (month - 1);
export const yearOf = (m) => Math.floor(m / 12);
/** `YYYY-MM` of a month number. */
export function monthLabel(m) {
    return `${String(yearOf(m)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`;
}
/** A sale's period → its first month and length (1 or 12); null when it is neither `YYYY-MM` nor `YYYY`. */
export function parseSalePeriod(s) {
    const m = SALE_RE.exec(s);
    if (!m)
        return null;
    const year = Number(m[1]);
    if (year < 1900 || year > 2999)
        return null;
    if (m[2] === undefined)
        return { start: monthIndex(year, 1), length: 12 };
    const month = Number(m[2]);
    if (month < 1 || month > 12)
        return null;
    return { start: monthIndex(year, month), length: 1 };
}
/** A sale's period as written (`YYYY` or `YYYY-MM`) from its first month and length. */
export function salePeriodLabel(start, length) {
    return length === 12 ? String(yearOf(start)).padStart(4, '0') : monthLabel(start);
}
/** The label of a window: a year, a month, or `FROM..TO`. */
export function windowLabel(from, to) {
    if (to - from === 12 && from % 12 === 0)
        return String(yearOf(from));
    if (to - from === 1)
        return monthLabel(from);
    return `${monthLabel(from)}..${monthLabel(to - 1)}`;
}
/** The last complete calendar year before `today` (UTC), as a window. */
export function lastCompleteYear(today = new Date()) {
    const y = today.getUTCFullYear() - 1;
    return { from: monthIndex(y, 1), to: monthIndex(y + 1, 1), label: String(y) };
}
/**
 * A query's `period` argument → a window; null or absent → the last
 * complete year. Refused with BAD_USER_INPUT naming `field` when malformed,
 * reversed, or longer than 120 months.
 */
export function parsePeriod(value, field = 'period', today = new Date()) {
    if (value === null || value === undefined)
        return lastCompleteYear(today);
    const bad = () => badInput(field, `${field} must be YYYY, YYYY-MM or FROM..TO of those (e.g. 2025, 2025-03, 2025-01..2025-06), got "${value}"`);
    const [a, b, ...rest] = value.trim().split('..');
    if (rest.length)
        throw bad();
    const start = parseSalePeriod(a ?? '');
    const end = b === undefined ? start : parseSalePeriod(b);
    if (!start || !end)
        throw bad();
    const from = start.start;
    const to = end.start + end.length;
    if (to <= from)
        throw badInput(field, `${field} ends before it starts: "${value}"`);
    if (to - from > 120)
        throw badInput(field, `${field} spans more than 120 months: "${value}"`);
    return { from, to, label: windowLabel(from, to) };
}
/** The window of the same length just before (growth compares with it: 2025 → 2024). */
export function previousWindow(w) {
    const n = w.to - w.from;
    return { from: w.from - n, to: w.from, label: windowLabel(w.from - n, w.from) };
}
/** The share of a sale (first month, length) that falls in the window: 0..1. */
export function overlap(start, length, from, to) {
    const lo = start > from ? start : from;
    const hi = start + length < to ? start + length : to;
    return hi > lo ? (hi - lo) / length : 0;
}
/** Month number of a `YYYY-MM-DD` date (its month). */
export function monthOfDate(iso) {
    return monthIndex(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));
}
//# sourceMappingURL=period.js.map